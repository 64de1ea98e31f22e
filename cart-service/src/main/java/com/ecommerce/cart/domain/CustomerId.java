package com.ecommerce.cart.domain;

/** The customer who owns a cart: the subject of their access token (a user id issued by user-service). */
public record CustomerId(String value) {

    static final int MAX_LENGTH = 64;

    public CustomerId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid customer id");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
