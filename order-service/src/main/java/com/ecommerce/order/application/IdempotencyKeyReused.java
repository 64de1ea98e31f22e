package com.ecommerce.order.application;

/** The Idempotency-Key was already used with a different request. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used for a different request.");
    }
}
