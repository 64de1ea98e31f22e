package com.ecommerce.order.domain;

/** Why an order ended CANCELLED (the event schema's CancellationReason). */
public enum CancellationReason {
    OUT_OF_STOCK, PAYMENT_DECLINED, CUSTOMER_REQUEST, RESERVATION_EXPIRED, DEADLINE_EXCEEDED, ADMIN;

    /**
     * Whether stock may still be held for the order when it is cancelled for this reason. Stock
     * was never taken after a rejection, and an expired reservation already gave it back.
     */
    boolean mayHoldStock() {
        return this != OUT_OF_STOCK && this != RESERVATION_EXPIRED;
    }
}
