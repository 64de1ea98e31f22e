package com.ecommerce.cart.domain;

/** The product exists but cannot be bought now (not ACTIVE, or deleted), so it cannot be added. */
public class ProductUnavailable extends RuntimeException {

    private final ProductId productId;
    private final String status;

    public ProductUnavailable(ProductId productId, String status) {
        super("Product " + productId + " is not available (" + status + ").");
        this.productId = productId;
        this.status = status;
    }

    public ProductId productId() {
        return productId;
    }

    public String status() {
        return status;
    }
}
