package com.ecommerce.order.application;

/**
 * A client's Idempotency-Key, scoped to the customer (two customers may pick the same key), with
 * the fingerprint of the request it first came with.
 */
public record IdempotencyKey(String customerId, String key, String fingerprint) {

    public IdempotencyKey {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new InvalidIdempotencyKey();
        }
    }
}
