package com.ecommerce.payment.domain;

/**
 * What the saga asks to charge. An empty token stands for the default test card, as the seed's
 * clients send none.
 */
public record ChargeAttempt(OrderId orderId, String customerId, Money amount, String token, PaymentMethod method) {

    public static final String DEFAULT_TOKEN = "tok_visa";

    public ChargeAttempt {
        if (orderId == null || amount == null) {
            throw new IllegalArgumentException("an order and an amount are required");
        }
        if (customerId == null || customerId.isBlank() || customerId.length() > 64) {
            throw new InvalidIdentifier("customer id", customerId);
        }
        token = token == null || token.isBlank() ? DEFAULT_TOKEN : token;
        method = method == null ? PaymentMethod.CARD : method;
    }
}
