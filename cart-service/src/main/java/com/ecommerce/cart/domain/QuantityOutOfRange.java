package com.ecommerce.cart.domain;

/** A quantity below 1, or above the maximum per item (also when an addition would pass it). */
public class QuantityOutOfRange extends RuntimeException {

    private final long requested;
    private final int max;

    public QuantityOutOfRange(long requested, int max) {
        super("The quantity must be between 1 and " + max + ", was " + requested + ".");
        this.requested = requested;
        this.max = max;
    }

    public long requested() {
        return requested;
    }

    public int max() {
        return max;
    }
}
