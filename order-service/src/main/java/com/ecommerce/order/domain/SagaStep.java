package com.ecommerce.order.domain;

/** Where the checkout saga of an order stands; a cancelled order keeps the step where it stopped. */
public enum SagaStep {
    /** ReserveStock sent; waiting for StockReserved or StockRejected. */
    RESERVING_STOCK,
    /** AuthorizePayment sent; waiting for PaymentSucceeded or PaymentFailed. */
    AUTHORIZING_PAYMENT,
    /** Money captured and ConfirmStock sent; waiting for StockConfirmed. */
    CONFIRMING_STOCK,
    /** The order is CONFIRMED; the saga is over. */
    COMPLETED
}
