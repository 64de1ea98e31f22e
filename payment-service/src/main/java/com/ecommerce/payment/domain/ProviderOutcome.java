package com.ecommerce.payment.domain;

/**
 * What the provider answered for a charge or refund.
 *
 * @param succeeded whether money moved
 * @param code      the provider's code: "succeeded" or a decline code such as {@code card_declined}
 * @param message   the provider's human-readable message
 * @param reference the provider's id for the charge or refund (null when it created none)
 */
public record ProviderOutcome(boolean succeeded, String code, String message, String reference) {

    public ProviderOutcome {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a provider outcome has a code");
        }
        message = message == null ? "" : truncate(message);
    }

    public static ProviderOutcome success(String reference, String message) {
        return new ProviderOutcome(true, "succeeded", message, reference);
    }

    public static ProviderOutcome declined(String code, String message, String reference) {
        return new ProviderOutcome(false, code, message, reference);
    }

    private static String truncate(String message) {
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
