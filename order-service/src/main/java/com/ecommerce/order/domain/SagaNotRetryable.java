package com.ecommerce.order.domain;

/** An admin retry of a saga that has no step to repeat (it completed, or ended settled). */
public class SagaNotRetryable extends RuntimeException {

    public SagaNotRetryable(OrderStatus status, PaymentState payment) {
        super("Nothing to retry for an order that is " + status + " with payment " + payment + ".");
    }
}
