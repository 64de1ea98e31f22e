package com.ecommerce.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.PaymentProbe;
import com.ecommerce.payment.RecordingPaymentProvider;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentFixtures;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Verified Stripe events settling payments on real PostgreSQL (the simulated provider stands in for Stripe). */
@PaymentIT
class StripeWebhooksIT {

    private static final String SUCCEEDED = "payment_intent.succeeded";

    @Autowired
    StripeWebhooks webhooks;
    @Autowired
    PaymentCapture capture;
    @Autowired
    RecordingPaymentProvider provider;
    @Autowired
    PaymentRepository payments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaymentProbe probe;
    final OrderId order = PaymentFixtures.newOrderId();
    final String eventId = "evt_" + UUID.randomUUID();


    @Test
    void aReplayedEventIsIgnored() {
        assertThat(webhooks.handle(eventId, SUCCEEDED, PaymentFixtures.newOrderId())).isTrue();
        assertThat(webhooks.handle(eventId, SUCCEEDED, PaymentFixtures.newOrderId())).isFalse();
    }

    @Test
    void aReplayedEventChangesNeitherThePaymentNorItsLedgerNorAsksTheProviderAgain() {
        capture.recordAttempt(new AuthorizePayment(PaymentFixtures.builder().orderId(order).attempt()));
        assertThat(webhooks.handle(eventId, SUCCEEDED, order)).isTrue();
        List<String> ledger = probe.ledger(order);
        int calls = probe.providerCharges(order);

        assertThat(webhooks.handle(eventId, SUCCEEDED, order)).isFalse();

        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(probe.ledger(order)).isEqualTo(ledger);
        assertThat(probe.providerCharges(order)).isEqualTo(calls);
    }

    @Test
    void anEventWhoseSettlementFailedIsHandledWhenStripeSendsItAgain() {
        capture.recordAttempt(new AuthorizePayment(PaymentFixtures.builder().orderId(order).attempt()));
        provider.answerNext(order, () -> {
            throw new IllegalStateException("the adapter failed");
        });

        assertThatThrownBy(() -> webhooks.handle(eventId, SUCCEEDED, order)).isInstanceOf(IllegalStateException.class);
        assertThat(probe.status(order)).isEqualTo(PaymentStatus.PENDING);

        assertThat(webhooks.handle(eventId, SUCCEEDED, order)).isTrue();
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(webhooks.handle(eventId, SUCCEEDED, order)).isFalse();
    }

    @Test
    void aSettlementThatCannotBeRecordedLeavesTheEventUnrecordedToo() {
        capture.recordAttempt(new AuthorizePayment(PaymentFixtures.builder().orderId(order).attempt()));
        // Longer than the ledger's provider_code column: the transaction recording the outcome fails.
        provider.answerNext(order, () -> ProviderOutcome.declined("x".repeat(65), "Unrecordable.", null));

        assertThatThrownBy(() -> webhooks.handle(eventId, SUCCEEDED, order)).isInstanceOf(DataAccessException.class);
        assertThat(probe.status(order)).isEqualTo(PaymentStatus.PENDING);

        assertThat(webhooks.handle(eventId, SUCCEEDED, order)).isTrue();
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED");
    }
}
