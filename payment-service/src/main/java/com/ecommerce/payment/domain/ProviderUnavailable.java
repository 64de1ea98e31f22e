package com.ecommerce.payment.domain;

/**
 * The provider could not be asked or did not answer: whether money moved is unknown. The attempt
 * stays unresolved and is asked again, with the same idempotency key, later.
 */
public class ProviderUnavailable extends RuntimeException {

    private final String reference;

    public ProviderUnavailable(String message) {
        this(message, null, null);
    }

    public ProviderUnavailable(String message, Throwable cause) {
        this(message, cause, null);
    }

    private ProviderUnavailable(String message, Throwable cause, String reference) {
        super(message, cause);
        this.reference = reference;
    }

    /** The provider accepted the call under {@code reference} but has no outcome yet (still processing). */
    public static ProviderUnavailable stillProcessing(String reference, String message) {
        return new ProviderUnavailable(message, null, reference);
    }

    /** The provider's id for the call when it named one; null when nothing is known of it. */
    public String reference() {
        return reference;
    }
}
