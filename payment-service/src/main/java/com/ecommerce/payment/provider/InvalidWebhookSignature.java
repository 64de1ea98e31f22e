package com.ecommerce.payment.provider;

/** A webhook whose signature is missing, wrong, or too old to be anything but a replay. */
public class InvalidWebhookSignature extends RuntimeException {

    public InvalidWebhookSignature(String message) {
        super(message);
    }
}
