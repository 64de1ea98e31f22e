package com.ecommerce.cart.domain;

/** The catalog has no product with this id that a customer may see. */
public class ProductNotFound extends RuntimeException {

    private final String productId;

    public ProductNotFound(String productId) {
        super("Product " + productId + " does not exist.");
        this.productId = productId;
    }

    public String productId() {
        return productId;
    }
}
