package com.ecommerce.payment.web;

import java.time.Instant;
import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.payment.application.PaymentView;
import com.ecommerce.payment.application.TransactionView;

/**
 * A payment as clients see it: ids as strings, amounts as exact decimal strings. The token is
 * not shown; card data never existed here. {@code transactions} is null in listings.
 */
record PaymentResponse(String id, String orderId, String customerId, String amount, String currency, String status,
        String paymentMethod, String provider, String providerReference, String failureCode, String failureMessage,
        Instant createdAt, Instant updatedAt, List<Transaction> transactions) {

    static PaymentResponse of(PaymentView view) {
        var d = view.details();
        return new PaymentResponse(IdGenerator.encode(view.id()), view.orderId(), view.customerId(),
                view.amount() == null ? null : view.amount().amount().toPlainString(),
                view.amount() == null ? null : view.amount().currency(), view.status().name(),
                d.method() == null ? null : d.method().name(), d.provider(), d.providerReference(), d.failureCode(),
                d.failureMessage(), d.createdAt(), d.updatedAt(),
                view.transactions() == null ? null : view.transactions().stream().map(Transaction::of).toList());
    }

    /** One ledger row. */
    record Transaction(String id, String type, String outcome, String amount, String currency, String providerCode,
            String providerMessage, String providerReference, Instant createdAt) {

        static Transaction of(TransactionView row) {
            return new Transaction(Long.toString(row.id()), row.type().name(), row.outcome().name(),
                    row.amount() == null ? null : row.amount().amount().toPlainString(),
                    row.amount() == null ? null : row.amount().currency(), row.providerCode(),
                    row.providerMessage(), row.providerReference(), row.createdAt());
        }
    }
}
