package com.ecommerce.product.domain;

/** No live product has this id (never created, or deleted). */
public class ProductNotFound extends RuntimeException {

    private final String productId;

    public ProductNotFound(String productId) {
        super("No product with id " + productId + ".");
        this.productId = productId;
    }

    public String productId() {
        return productId;
    }
}
