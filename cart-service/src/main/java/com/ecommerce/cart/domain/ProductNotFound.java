package com.ecommerce.cart.domain;

/**
 * No product can have this id (it is not a TSID). A well-formed id the catalog does not show is
 * {@link ProductUnavailable} instead: the catalog answers a hidden product like a missing one.
 */
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
