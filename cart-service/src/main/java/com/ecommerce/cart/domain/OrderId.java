package com.ecommerce.cart.domain;

/** An order of order-service (its TSID string), as order events name it. */
public record OrderId(String value) {

    static final int MAX_LENGTH = 64;

    /** @throws IllegalArgumentException if blank or too long (a message carrying it is dead-lettered) */
    public OrderId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid order id");
        }
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
