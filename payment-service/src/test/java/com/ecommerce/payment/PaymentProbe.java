package com.ecommerce.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.domain.PaymentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads what the tests assert on: payments with their ledger, the simulator's calls, the outbox. */
public final class PaymentProbe {

    private final JdbcClient jdbc;
    private final PaymentRepository payments;
    private final TransactionTemplate transactions;

    public PaymentProbe(JdbcClient jdbc, PaymentRepository payments, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.transactions = transactions;
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

    /** Calls the simulated provider really made (one row per idempotency key, i.e. per charge). */
    public int providerCharges(OrderId orderId) {
        return jdbc.sql("select count(*) from simulated_provider_call where idempotency_key = ? and operation = 'CHARGE'")
                .param(orderId.value()).query(Integer.class).single();
    }

    public int providerRefunds(OrderId orderId) {
        return jdbc.sql("select count(*) from simulated_provider_call where idempotency_key = ? and operation = 'REFUND'")
                .param(orderId.value() + ":refund").query(Integer.class).single();
    }

    /** Message types recorded for the order on the outbox, oldest first (published ones included). */
    public List<String> ledger(OrderId orderId) {
        return jdbc.sql("""
                select t.type || ':' || t.outcome from payment_transaction t join payment p on p.id = t.payment_id
                where p.order_id = ? order by t.id""").param(orderId.value()).query(String.class).list();
    }
}
