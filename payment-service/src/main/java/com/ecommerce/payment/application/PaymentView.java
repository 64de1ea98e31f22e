package com.ecommerce.payment.application;

import java.util.List;

import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentDetails;
import com.ecommerce.payment.domain.PaymentStatus;

/** A payment as read models see it, detached from the persistence context. */
public record PaymentView(long id, String orderId, String customerId, Money amount, PaymentStatus status,
        PaymentDetails details, List<TransactionView> transactions) {

    static PaymentView of(Payment payment, boolean withTransactions) {
        return new PaymentView(payment.id(), payment.orderId().value(), payment.customerId(), payment.amount(),
                payment.status(), payment.details(),
                withTransactions ? payment.ledger().transactions().stream().map(TransactionView::of).toList() : null);
    }
}
