package com.ecommerce.order.domain;

/**
 * What the saga knows about the order's money. A cancellation reads it to decide between doing
 * nothing, voiding (outcome unknown) and refunding (money captured).
 */
public enum PaymentState {
    /** No AuthorizePayment was sent. */
    NONE,
    /** AuthorizePayment sent, no answer yet: money may move at any moment. */
    AUTHORIZING,
    /** PaymentSucceeded: the total is captured. */
    CAPTURED,
    /** PaymentFailed: no money moved. */
    DECLINED,
    /** VoidPayment sent; payment-service answers PaymentVoided, or PaymentRefunded if money had moved. */
    VOID_REQUESTED,
    VOIDED,
    REFUND_REQUESTED,
    REFUNDED,
    /** The refund failed: money is still captured and needs an operator (admin retry). */
    REFUND_FAILED
}
