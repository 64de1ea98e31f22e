package com.ecommerce.payment.domain;

/**
 * Where a payment stands. PENDING and REFUNDING mean a provider call was recorded as attempted but
 * its outcome not yet: the recovery job resolves them by asking the provider again with the same
 * idempotency key.
 */
public enum PaymentStatus {
    /** The charge was attempted; its outcome is not recorded yet. */
    PENDING,
    /** Authorised and captured in one step: the shop holds the money. */
    CAPTURED,
    /** The provider declined; no money moved. */
    FAILED,
    /** A refund of the captured money was attempted; its outcome is not recorded yet. */
    REFUNDING,
    /** The captured money went back to the customer. */
    REFUNDED,
    /** Cancelled before any money moved. */
    VOIDED
}
