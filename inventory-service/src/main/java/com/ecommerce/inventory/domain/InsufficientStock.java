package com.ecommerce.inventory.domain;

/** Fewer units are available than a change takes away; nothing was changed. */
public class InsufficientStock extends RuntimeException {

    private final ProductId productId;
    private final int requested;
    private final int available;

    public InsufficientStock(ProductId productId, int requested, int available) {
        super("Product " + productId + " has " + available + " units available, " + requested + " requested");
        this.productId = productId;
        this.requested = requested;
        this.available = available;
    }

    public ProductId productId() {
        return productId;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}
