package com.ecommerce.payment.domain;

/** ATTEMPTED rows are written before the provider is called; the outcome follows in its own row. */
public enum TransactionOutcome {
    ATTEMPTED, SUCCEEDED, FAILED
}
