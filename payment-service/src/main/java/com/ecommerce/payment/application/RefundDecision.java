package com.ecommerce.payment.application;

/** What a refund request led to before any provider call. */
public enum RefundDecision {
    /** A refund attempt is recorded (or already was): settle it with the provider. */
    ATTEMPT_RECORDED,
    /** The money was refunded before: nothing to record (a saga command is answered again, an admin's is not). */
    ALREADY_REFUNDED,
    /** Nothing to refund (no payment, or none captured, or another amount): RefundFailed was answered. */
    REFUSED
}
