package com.ecommerce.inventory.domain;

/** No stock row exists for the product (the catalog never announced it, or not yet). */
public class StockNotFound extends RuntimeException {

    private final ProductId productId;

    public StockNotFound(ProductId productId) {
        super("No stock for product " + productId);
        this.productId = productId;
    }

    public ProductId productId() {
        return productId;
    }
}
