package com.ecommerce.payment.domain;

/** No payment with this id or for this order that the caller may see. */
public class PaymentNotFound extends RuntimeException {

    public PaymentNotFound(String what) {
        super("No payment " + what + ".");
    }
}
