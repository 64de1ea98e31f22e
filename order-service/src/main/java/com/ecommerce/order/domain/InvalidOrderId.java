package com.ecommerce.order.domain;

/** A string that cannot be an order id; to a client it is indistinguishable from an unknown order. */
public class InvalidOrderId extends IllegalArgumentException {

    public InvalidOrderId(String text) {
        super("not an order id: " + text);
    }
}
