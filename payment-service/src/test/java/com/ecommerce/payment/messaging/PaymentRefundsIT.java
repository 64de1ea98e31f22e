package com.ecommerce.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.events.payment.v1.PaymentRefunded;
import com.ecommerce.events.payment.v1.RefundFailed;
import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.PaymentProbe;
import com.ecommerce.payment.RecordingPaymentProvider;
import com.ecommerce.payment.RecordingPaymentProvider.Operation;
import com.ecommerce.payment.application.AdminRefunds;
import com.ecommerce.payment.application.PaymentQueries;
import com.ecommerce.payment.application.PaymentRecovery;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentFixtures;
import com.ecommerce.payment.domain.PaymentId;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refunds that the provider refused or left unresolved, and administrators' refunds, on real PostgreSQL and Kafka. */
@PaymentIT
class PaymentRefundsIT {

    private static final CurrentUser ADMIN = new CurrentUser("admin-1", Set.of(CurrentUser.ADMIN));

    @Autowired
    PaymentCommandListener commands;
    @Autowired
    AdminRefunds adminRefunds;
    @Autowired
    PaymentQueries queries;
    @Autowired
    PaymentRecovery recovery;
    @Autowired
    RecordingPaymentProvider provider;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaymentProbe probe;
    Replies replies;
    final OrderId order = PaymentFixtures.newOrderId();

    @BeforeEach
    void open() {
        replies = new Replies(PaymentIT.EVENTS);
    }

    @AfterEach
    void close() {
        replies.close();
    }

    @Test
    void aRefundTheProviderRefusedCanBeAskedForAgainAndGivesTheMoneyBackOnce() {
        commands.on(Commands.authorize(order, "30.00", "tok_visa"));
        provider.refuseNextRefund(order, ProviderOutcome.declined("charge_disputed", "The charge is disputed.", null));
        commands.on(Commands.refund(order, "30.00"));
        assertThat(replies.await(order.value(), RefundFailed.class).getFailureCode()).isEqualTo("charge_disputed");
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);

        commands.on(Commands.refund(order, "30.00"));

        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED",
                "REFUND:ATTEMPTED", "REFUND:FAILED", "REFUND:ATTEMPTED", "REFUND:SUCCEEDED");
        assertThat(probe.providerKeys(order, Operation.REFUND)).containsExactly(order + ":refund:1", order + ":refund:2");
        assertThat(replies.await(order.value(), PaymentRefunded.class).getAmount().getAmount()).isEqualTo("30.00");
    }

    @Test
    void anUnresolvedRefundIsAskedAgainUnderItsOwnKey() {
        commands.on(Commands.authorize(order, "8.00", "tok_visa"));
        provider.answerNext(order, () -> {
            throw new ProviderUnavailable("simulated timeout");
        });
        commands.on(Commands.refund(order, "8.00"));
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.REFUNDING);

        recovery.resolveStale();

        assertThat(probe.providerKeys(order, Operation.REFUND)).containsExactly(order + ":refund:1", order + ":refund:1");
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED",
                "REFUND:ATTEMPTED", "REFUND:SUCCEEDED");
    }

    @Test
    void anAdminRefundOfARefundedPaymentAnnouncesNothingAgain() {
        commands.on(Commands.authorize(order, "12.00", "tok_visa"));
        PaymentId id = new PaymentId(queries.byOrder(order, ADMIN).id());

        assertThat(adminRefunds.refund(id, "damaged", ADMIN).status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(adminRefunds.refund(id, "damaged", ADMIN).status()).isEqualTo(PaymentStatus.REFUNDED);
        // Refused for its amount: its RefundFailed follows whatever the second admin refund announced.
        commands.on(Commands.refund(order, "99.00"));

        assertThat(replies.awaitThrough(order.value(), RefundFailed.class))
                .filteredOn(PaymentRefunded.class::isInstance).hasSize(1);
        assertThat(probe.providerRefunds(order)).isEqualTo(1);
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED",
                "REFUND:ATTEMPTED", "REFUND:SUCCEEDED");
    }
}
