package com.ecommerce.order.application;

/** A request with the same Idempotency-Key is still being processed. */
public class IdempotencyKeyInFlight extends RuntimeException {

    public IdempotencyKeyInFlight() {
        super("A request with this Idempotency-Key is still in progress; retry shortly.");
    }
}
