package com.ecommerce.payment.domain;

/** What a ledger row is about. A charge authorises and captures in one step. */
public enum TransactionType {
    CHARGE, REFUND, VOID
}
