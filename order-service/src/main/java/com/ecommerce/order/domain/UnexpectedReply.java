package com.ecommerce.order.domain;

/**
 * A participant answered a step the saga never asked for (e.g. a payment before any
 * AuthorizePayment). It cannot be applied safely; the message is parked for an operator.
 */
public class UnexpectedReply extends RuntimeException {

    public UnexpectedReply(String reply, SagaStep step) {
        super(reply + " does not answer anything asked in step " + step);
    }
}
