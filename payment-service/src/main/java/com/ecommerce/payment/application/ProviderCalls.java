package com.ecommerce.payment.application;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The rule that a provider call never holds a database transaction (and its connection and locks) open. */
final class ProviderCalls {

    private ProviderCalls() {
    }

    static void requireNoTransaction() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a payment provider must not be called inside a database transaction");
        }
    }
}
