package com.ecommerce.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecommerce.events.payment.v1.PaymentFailed;
import com.ecommerce.events.payment.v1.PaymentRefunded;
import com.ecommerce.events.payment.v1.PaymentSucceeded;
import com.ecommerce.events.payment.v1.PaymentVoided;
import com.ecommerce.events.payment.v1.RefundFailed;
import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.PaymentProbe;
import com.ecommerce.payment.RecordingPaymentProvider;
import com.ecommerce.payment.RecordingPaymentProvider.Operation;
import com.ecommerce.payment.application.AuthorizePayment;
import com.ecommerce.payment.application.PaymentCapture;
import com.ecommerce.payment.application.PaymentRecovery;
import com.ecommerce.payment.domain.ChargeAttempt;
import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentFixtures;
import com.ecommerce.payment.domain.PaymentMethod;
import com.ecommerce.payment.domain.PaymentProvider;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The saga's commands as the listener receives them, on real PostgreSQL with the simulated
 * provider; replies are read back from the broker. Every test checks the ledger against the state.
 */
@PaymentIT
class PaymentSagaIT {

    @Autowired
    PaymentCommandListener commands;
    @Autowired
    PaymentCapture capture;
    @Autowired
    PaymentRecovery recovery;
    @Autowired
    RecordingPaymentProvider provider;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
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
    void theSameCommandDeliveredTwiceOrResentChargesOnce() {
        var command = Commands.authorize(order, "19.99", "tok_visa");

        commands.on(command);
        commands.on(command);
        commands.on(command.toBuilder().setEventId(java.util.UUID.randomUUID().toString()).build());

        assertThat(probe.providerCharges(order)).isEqualTo(1);
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED");
        PaymentSucceeded succeeded = replies.await(order.value(), PaymentSucceeded.class);
        assertThat(succeeded.getAmount().getAmount()).isEqualTo("19.99");
        assertThat(succeeded.getProviderReference()).startsWith("ch_sim_");
        assertThat(replies.awaitAll(order.value(), 2)).allMatch(PaymentSucceeded.class::isInstance);
    }

    @Test
    void aCrashBetweenAttemptAndOutcomeIsResolvedByRecoveryWithoutASecondCharge() {
        transactions.executeWithoutResult(s -> capture.recordAttempt(authorize("42.00", "tok_visa")));
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.PENDING);

        recovery.resolveStale();
        recovery.resolveStale();

        assertThat(probe.providerCharges(order)).isEqualTo(1);
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
        replies.await(order.value(), PaymentSucceeded.class, e -> e.getAmount().getAmount().equals("42.00"));
    }

    @Test
    void aCrashAfterTheProviderChargedIsResolvedWithTheFirstCharge() {
        AuthorizePayment command = authorize("42.00", "tok_visa");
        transactions.executeWithoutResult(s -> capture.recordAttempt(command));
        ProviderOutcome charged = provider.charge(new PaymentProvider.ChargeRequest(order.value(), order,
                command.attempt().amount(), "tok_visa", PaymentMethod.CARD, null));

        commands.on(Commands.authorize(order, "42.00", "tok_visa"));
        recovery.resolveStale();

        // The call before the crash and the one resolving it: the same key, so the provider charged once.
        assertThat(probe.providerKeys(order, Operation.CHARGE)).containsExactly(order.value(), order.value());
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED");
        replies.await(order.value(), PaymentSucceeded.class,
                e -> e.getProviderReference().equals(charged.reference()));
    }

    @Test
    void aDeclinedCardFailsWithTheProvidersCode() {
        commands.on(Commands.authorize(order, "10.00", "tok_chargeDeclined"));

        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.FAILED);
        PaymentFailed failed = replies.await(order.value(), PaymentFailed.class);
        assertThat(failed.getFailureCode()).isEqualTo("card_declined");
        assertThat(failed.getAmount().getAmount()).isEqualTo("10.00");
    }

    @Test
    void insufficientFundsFailWithThatCodeAndAResendDoesNotChargeAgain() {
        commands.on(Commands.authorize(order, "10.00", "tok_insufficient_funds"));
        commands.on(Commands.authorize(order, "10.00", "tok_insufficient_funds"));

        assertThat(probe.providerCharges(order)).isEqualTo(1);
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.FAILED);
        assertThat(replies.awaitAll(order.value(), 2)).allSatisfy(reply -> assertThat(reply)
                .isInstanceOfSatisfying(PaymentFailed.class,
                        f -> assertThat(f.getFailureCode()).isEqualTo("insufficient_funds")));
    }

    @Test
    void aCapturedPaymentIsRefundedOnceThroughTheLedger() {
        commands.on(Commands.authorize(order, "25.50", "tok_visa"));
        var refund = Commands.refund(order, "25.50");

        commands.on(refund);
        commands.on(refund);
        commands.on(Commands.refund(order, "25.50"));

        assertThat(probe.providerRefunds(order)).isEqualTo(1);
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(probe.ledger(order)).containsExactly("CHARGE:ATTEMPTED", "CHARGE:SUCCEEDED",
                "REFUND:ATTEMPTED", "REFUND:SUCCEEDED");
        assertThat(replies.await(order.value(), PaymentRefunded.class).getAmount().getAmount()).isEqualTo("25.50");
    }

    @Test
    void refundingWhatWasNotCapturedFailsWithAReason() {
        OrderId unknown = PaymentFixtures.newOrderId();
        commands.on(Commands.authorize(order, "5.00", "tok_chargeDeclined"));

        commands.on(Commands.refund(order, "5.00"));
        commands.on(Commands.refund(unknown, "5.00"));

        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.FAILED);
        assertThat(replies.await(order.value(), RefundFailed.class).getFailureCode()).isEqualTo("payment_not_captured");
        assertThat(replies.await(unknown.value(), RefundFailed.class).getFailureCode()).isEqualTo("payment_not_found");
    }

    @Test
    void aFailedPaymentIsVoidedAndAVoidBeforeAuthorisationBlocksTheCharge() {
        OrderId early = PaymentFixtures.newOrderId();
        commands.on(Commands.authorize(order, "5.00", "tok_chargeDeclined"));

        commands.on(Commands.voidPayment(order));
        commands.on(Commands.voidPayment(early));
        commands.on(Commands.authorize(early, "5.00", "tok_visa"));

        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.VOIDED);
        replies.await(order.value(), PaymentVoided.class);
        assertThat(probe.status(early)).isEqualTo(PaymentStatus.VOIDED);
        assertThat(probe.providerCharges(early)).isZero();
        assertThat(replies.await(early.value(), PaymentFailed.class).getFailureCode()).isEqualTo("payment_voided");
    }

    @Test
    void voidingACapturedPaymentRefundsIt() {
        commands.on(Commands.authorize(order, "7.00", "tok_visa"));

        commands.on(Commands.voidPayment(order));

        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.REFUNDED);
        replies.await(order.value(), PaymentRefunded.class);
    }

    private AuthorizePayment authorize(String amount, String token) {
        return new AuthorizePayment(new ChargeAttempt(order, Commands.CUSTOMER, Money.of(amount, "USD"), token,
                PaymentMethod.CARD));
    }
}
