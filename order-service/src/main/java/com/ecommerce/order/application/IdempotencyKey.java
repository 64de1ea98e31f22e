package com.ecommerce.order.application;

import java.util.UUID;

/**
 * A client's Idempotency-Key, scoped to the customer (two customers may pick the same key), with
 * the fingerprint of the request it came with and the id of this request's attempt, which marks
 * the claim it holds while it runs.
 */
public record IdempotencyKey(String customerId, String key, String fingerprint, UUID attempt) {

    public IdempotencyKey {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new InvalidIdempotencyKey();
        }
    }

    /** The key as one request uses it: a new attempt each time. */
    public static IdempotencyKey forRequest(String customerId, String key, String fingerprint) {
        return new IdempotencyKey(customerId, key, fingerprint, UUID.randomUUID());
    }
}
