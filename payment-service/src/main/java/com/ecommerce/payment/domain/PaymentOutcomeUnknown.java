package com.ecommerce.payment.domain;

/**
 * A command needs to know whether money moved, but the last provider call is unresolved. It is
 * retried: by then the recovery has asked the provider again.
 */
public class PaymentOutcomeUnknown extends RuntimeException {

    public PaymentOutcomeUnknown(OrderId orderId) {
        super("The payment of order " + orderId + " has an unresolved provider call.");
    }
}
