package com.ecommerce.inventory.domain;

/**
 * The counters of one stock row at one moment. Every unit ever stocked is in exactly one of them,
 * so {@link #stocked()} only changes by admin adjustments.
 */
public record Levels(int available, int reserved, int sold) {

    public Levels {
        if (available < 0 || reserved < 0 || sold < 0) {
            throw new IllegalArgumentException("stock levels are never negative");
        }
    }

    public long stocked() {
        return (long) available + reserved + sold;
    }

    /** Units physically on hand: what can be sold now plus what is held for orders. */
    public int onHand() {
        return available + reserved;
    }
}
