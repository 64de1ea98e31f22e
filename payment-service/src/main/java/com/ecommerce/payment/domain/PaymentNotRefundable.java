package com.ecommerce.payment.domain;

/** Only captured money can be given back; the payment is in another state. */
public class PaymentNotRefundable extends RuntimeException {

    private final PaymentStatus status;

    public PaymentNotRefundable(PaymentStatus status) {
        super("A " + status + " payment holds no captured money to refund.");
        this.status = status;
    }

    public PaymentStatus status() {
        return status;
    }
}
