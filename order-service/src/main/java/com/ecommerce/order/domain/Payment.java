package com.ecommerce.order.domain;

/**
 * How an order is paid: a method and the provider's opaque token (never a card number). An
 * empty token lets payment-service use its default (the simulator's succeeding test card).
 */
public record Payment(PaymentMethod method, String token) {

    public Payment {
        if (method == null) {
            throw new IllegalArgumentException("a payment method is required");
        }
        token = token == null ? "" : token.strip();
        if (token.length() > 255) {
            throw new IllegalArgumentException("a payment token is at most 255 characters");
        }
    }

    public static Payment defaultCard() {
        return new Payment(PaymentMethod.CARD, "");
    }
}
