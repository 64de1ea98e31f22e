package com.ecommerce.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ecommerce.payment.RecordingPaymentProvider.Operation;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.domain.PaymentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads what the tests assert on: payments with their ledger, and the calls that reached the provider. */
public final class PaymentProbe {

    private final JdbcClient jdbc;
    private final PaymentRepository payments;
    private final TransactionTemplate transactions;
    private final RecordingPaymentProvider provider;

    public PaymentProbe(JdbcClient jdbc, PaymentRepository payments, TransactionTemplate transactions,
            RecordingPaymentProvider provider) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.transactions = transactions;
        this.provider = provider;
    }

    public PaymentStatus status(OrderId orderId) {
        return transactions.execute(s -> payments.findByOrderId(orderId.value()).map(Payment::status).orElse(null));
    }

    /** Asserts the payment's ledger sums agree with its status, and returns the status. */
    public PaymentStatus statusWithAgreeingLedger(OrderId orderId) {
        return transactions.execute(s -> {
            Payment payment = payments.findByOrderId(orderId.value()).orElseThrow();
            assertThat(payment.ledger().agreesWith(payment))
                    .as("ledger of %s agrees with %s", orderId, payment.status()).isTrue();
            return payment.status();
        });
    }

    /** How often the service asked the provider to charge the order, whatever the keys and answers. */
    public int providerCharges(OrderId orderId) {
        return providerKeys(orderId, Operation.CHARGE).size();
    }

    /** How often the service asked the provider to refund the order. */
    public int providerRefunds(OrderId orderId) {
        return providerKeys(orderId, Operation.REFUND).size();
    }

    /** The idempotency keys of the order's provider calls of one kind, in the order they were made. */
    public List<String> providerKeys(OrderId orderId, Operation operation) {
        return provider.calls(orderId).stream().filter(call -> call.operation() == operation)
                .map(RecordingPaymentProvider.Call::idempotencyKey).toList();
    }

    /** The order's ledger rows as {@code TYPE:OUTCOME}, oldest first. */
    public List<String> ledger(OrderId orderId) {
        return jdbc.sql("""
                select t.type || ':' || t.outcome from payment_transaction t join payment p on p.id = t.payment_id
                where p.order_id = ? order by t.id""").param(orderId.value()).query(String.class).list();
    }
}
