package com.ecommerce.payment.domain;

import java.util.List;

/**
 * A payment's transaction rows with the sums that must agree with its status: a CAPTURED or
 * REFUNDING payment holds exactly its amount, a REFUNDED one gave all of it back, and every other
 * status holds nothing.
 */
public record Ledger(List<PaymentTransaction> transactions, String currency) {

    public Money captured() {
        return sum(TransactionType.CHARGE);
    }

    public Money refunded() {
        return sum(TransactionType.REFUND);
    }

    /** Money the shop holds for the order: captured minus refunded. */
    public Money held() {
        return captured().minus(refunded());
    }

    /** Whether the sums agree with {@code payment}'s status and amount. */
    public boolean agreesWith(Payment payment) {
        if (currency == null) {
            return transactions.stream().noneMatch(t -> t.moved(TransactionType.CHARGE));
        }
        Money none = Money.zero(currency);
        return switch (payment.status()) {
            case CAPTURED, REFUNDING -> captured().equals(payment.amount()) && refunded().equals(none);
            case REFUNDED -> captured().equals(payment.amount()) && refunded().equals(payment.amount());
            case PENDING, FAILED, VOIDED -> captured().equals(none) && refunded().equals(none);
        };
    }

    private Money sum(TransactionType type) {
        if (currency == null) {
            throw new IllegalStateException("a payment without an amount has no sums");
        }
        return transactions.stream().filter(t -> t.moved(type)).map(PaymentTransaction::amount)
                .reduce(Money.zero(currency), Money::plus);
    }
}
