package com.ecommerce.payment.application;

import java.time.Instant;

import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.PaymentTransaction;
import com.ecommerce.payment.domain.TransactionOutcome;
import com.ecommerce.payment.domain.TransactionType;

/** One ledger row, detached from the persistence context. */
public record TransactionView(long id, TransactionType type, TransactionOutcome outcome, Money amount,
        String providerCode, String providerMessage, String providerReference, Instant createdAt) {

    static TransactionView of(PaymentTransaction row) {
        return new TransactionView(row.id(), row.type(), row.outcome(), row.amount(), row.providerCode(),
                row.providerMessage(), row.providerReference(), row.createdAt());
    }
}
