package com.ecommerce.payment.domain;

/**
 * The provider could not be asked or did not answer: whether money moved is unknown. The attempt
 * stays unresolved and is asked again, with the same idempotency key, later.
 */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String message) {
        super(message);
    }

    public ProviderUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
