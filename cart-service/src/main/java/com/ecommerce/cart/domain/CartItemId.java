package com.ecommerce.cart.domain;

import com.ecommerce.defaults.id.IdGenerator;

/** Identifies an item of a cart; stored as a number, shown to clients as its TSID string. */
public record CartItemId(long value) {

    /** The id as a client sent it: a malformed one names no item of any cart, so it is not found. */
    public static CartItemId parse(String value) {
        try {
            return new CartItemId(IdGenerator.decode(value));
        } catch (IllegalArgumentException e) {
            throw new CartItemNotFound(value);
        }
    }

    public String asString() {
        return IdGenerator.encode(value);
    }

    @Override
    public String toString() {
        return asString();
    }
}
