package com.ecommerce.inventory.domain;

/**
 * Every way a stock row changes, with the direction in which each counter moves by the change's
 * quantity. History rows carry the name; the guarded SQL uses the directions.
 */
public enum StockChange {
    /** The row was created for a new product, with its initial units. */
    OPEN(1, 0, 0),
    INCREASE(1, 0, 0),
    DECREASE(-1, 0, 0),
    RESERVE(-1, 1, 0),
    CONFIRM(0, -1, 1),
    RELEASE(1, -1, 0),
    EXPIRE(1, -1, 0),
    /** A confirmed sale given back (the order was cancelled after confirmation). */
    RESTOCK(1, 0, -1);

    private final int available;
    private final int reserved;
    private final int sold;

    StockChange(int available, int reserved, int sold) {
        this.available = available;
        this.reserved = reserved;
        this.sold = sold;
    }

    public int availableDirection() {
        return available;
    }

    public int reservedDirection() {
        return reserved;
    }

    public int soldDirection() {
        return sold;
    }

    /** The levels before this change of {@code quantity} units, given the levels after it. */
    public Levels before(Levels after, int quantity) {
        return new Levels(after.available() - available * quantity, after.reserved() - reserved * quantity,
                after.sold() - sold * quantity);
    }

    public boolean changesAvailable() {
        return available != 0;
    }
}
