package com.ecommerce.order.application;

/** An Idempotency-Key header that is empty or longer than 255 characters. */
public class InvalidIdempotencyKey extends RuntimeException {

    public InvalidIdempotencyKey() {
        super("An Idempotency-Key is 1 to 255 characters.");
    }
}
