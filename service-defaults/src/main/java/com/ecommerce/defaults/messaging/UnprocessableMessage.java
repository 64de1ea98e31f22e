package com.ecommerce.defaults.messaging;

/**
 * Thrown by a listener for a message that can never be applied (it contradicts the schema's
 * rules, names something that cannot exist ...). It is not retried: it goes straight to the
 * dead-letter topic so the partition keeps moving.
 */
public class UnprocessableMessage extends RuntimeException {

    public UnprocessableMessage(String message) {
        super(message);
    }

    public UnprocessableMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
