package com.ecommerce.payment.domain;

import static com.ecommerce.payment.domain.PaymentFixtures.NOW;
import static com.ecommerce.payment.domain.PaymentFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final ProviderOutcome CAPTURED = ProviderOutcome.success("ch_1", "ok");
    private static final ProviderOutcome DECLINED = ProviderOutcome.declined("insufficient_funds", "No funds.", null);

    private static void assertLedgerAgrees(Payment payment) {
        assertThat(payment.ledger().agreesWith(payment)).as("ledger sums match %s", payment.status()).isTrue();
    }

    @Test
    void anAttemptIsPendingWithAnAttemptedChargeAndNoMoneyMoved() {
        Payment payment = PaymentFixtures.pending();

        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.ledger().transactions()).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo(TransactionType.CHARGE);
            assertThat(row.outcome()).isEqualTo(TransactionOutcome.ATTEMPTED);
            assertThat(row.idempotencyKey()).isEqualTo(payment.orderId().value());
        });
        assertThat(payment.ledger().captured()).isEqualTo(usd("0"));
        assertLedgerAgrees(payment);
    }

    @Test
    void aSuccessfulChargeCapturesTheAmountOnce() {
        Payment payment = PaymentFixtures.pending();

        assertThat(payment.settleCharge(CAPTURED, NOW)).isEqualTo(Payment.Outcome.APPLIED);
        assertThat(payment.settleCharge(CAPTURED, NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);
        assertThat(payment.settleCharge(DECLINED, NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.details().providerReference()).isEqualTo("ch_1");
        assertThat(payment.ledger().captured()).isEqualTo(usd("19.99"));
        assertThat(payment.ledger().transactions()).hasSize(2);
        assertLedgerAgrees(payment);
    }

    @Test
    void aDeclineFailsWithTheProvidersCodeAndMovesNoMoney() {
        Payment payment = PaymentFixtures.pending();

        payment.settleCharge(DECLINED, NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(payment.details().failureCode()).isEqualTo("insufficient_funds");
        assertThat(payment.ledger().transactions()).last()
                .satisfies(row -> assertThat(row.providerCode()).isEqualTo("insufficient_funds"));
        assertThat(payment.ledger().held()).isEqualTo(usd("0"));
        assertLedgerAgrees(payment);
    }

    @Test
    void aRefundGivesTheWholeCaptureBackInTwoRecordedSteps() {
        Payment payment = PaymentFixtures.captured();

        assertThat(payment.requestRefund("cancelled", NOW)).isEqualTo(Payment.Outcome.APPLIED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDING);
        assertLedgerAgrees(payment);
        assertThat(payment.requestRefund("again", NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);
        payment.settleRefund(ProviderOutcome.success("re_1", "ok"), NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.ledger().refunded()).isEqualTo(usd("19.99"));
        assertThat(payment.ledger().held()).isEqualTo(usd("0"));
        assertThat(payment.ledger().transactions()).filteredOn(r -> r.type() == TransactionType.REFUND)
                .allSatisfy(r -> assertThat(r.idempotencyKey()).isEqualTo(payment.orderId() + ":refund:1"));
        assertLedgerAgrees(payment);
        assertThat(payment.requestRefund("late", NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);
    }

    @Test
    void aRefusedRefundLeavesTheMoneyCaptured() {
        Payment payment = PaymentFixtures.captured();
        payment.requestRefund("cancelled", NOW);

        payment.settleRefund(ProviderOutcome.declined("charge_disputed", "Disputed.", null), NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.ledger().held()).isEqualTo(usd("19.99"));
        assertLedgerAgrees(payment);
    }

    @Test
    void aRefusedRefundIsAskedForAgainUnderANewKeyWhileARetryKeepsItsKey() {
        Payment payment = PaymentFixtures.captured();
        payment.requestRefund("cancelled", NOW);
        String refused = payment.refundKey();
        payment.settleRefund(ProviderOutcome.declined("charge_disputed", "Disputed.", null), NOW);

        payment.requestRefund("cancelled, second try", NOW);
        String retried = payment.refundKey();
        payment.requestRefund("the same attempt, redelivered", NOW);
        payment.settleRefund(ProviderOutcome.success("re_2", "ok"), NOW);

        assertThat(refused).isEqualTo(payment.orderId() + ":refund:1");
        assertThat(retried).isEqualTo(payment.orderId() + ":refund:2");
        assertThat(payment.refundKey()).isEqualTo(retried);
        assertThat(payment.ledger().transactions()).filteredOn(r -> r.type() == TransactionType.REFUND)
                .extracting(PaymentTransaction::idempotencyKey).containsExactly(refused, refused, retried, retried);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.ledger().refunded()).isEqualTo(usd("19.99"));
        assertLedgerAgrees(payment);
    }

    @Test
    void keepsTheReferenceOfAChargeStillProcessingOnlyWhileItIsPending() {
        Payment pending = PaymentFixtures.pending();
        Payment captured = PaymentFixtures.captured();

        assertThat(pending.noteChargeReference("pi_slow", NOW)).isEqualTo(Payment.Outcome.APPLIED);
        assertThat(pending.noteChargeReference("pi_slow", NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);
        assertThat(captured.noteChargeReference("pi_other", NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);

        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(pending.details().providerReference()).isEqualTo("pi_slow");
        assertThat(captured.details().providerReference()).isEqualTo("ch_1");
        assertLedgerAgrees(pending);
    }

    @Test
    void onlyCapturedMoneyCanBeRefunded() {
        assertThatThrownBy(() -> PaymentFixtures.pending().requestRefund("x", NOW)).isInstanceOf(PaymentNotRefundable.class);
        assertThatThrownBy(() -> PaymentFixtures.failed().requestRefund("x", NOW)).isInstanceOf(PaymentNotRefundable.class);
    }

    @Test
    void aFailedPaymentIsVoidedOnceAndACapturedOneCannotBe() {
        Payment payment = PaymentFixtures.failed();

        assertThat(payment.voidPayment("deadline", NOW)).isEqualTo(Payment.Outcome.APPLIED);
        assertThat(payment.voidPayment("deadline", NOW)).isEqualTo(Payment.Outcome.ALREADY_DONE);

        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
        assertLedgerAgrees(payment);
        assertThatThrownBy(() -> PaymentFixtures.captured().voidPayment("x", NOW)).isInstanceOf(PaymentNotRefundable.class);
        assertThatThrownBy(() -> PaymentFixtures.pending().voidPayment("x", NOW)).isInstanceOf(PaymentOutcomeUnknown.class);
    }

    @Test
    void aVoidBeforeAnyAttemptLeavesATombstoneWithoutMoney() {
        Payment payment = Payment.voidedBeforeAttempt(9L, PaymentFixtures.newOrderId(), "deadline", NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(payment.amount()).isNull();
        assertLedgerAgrees(payment);
    }

    @Test
    void aPaymentChargesAPositiveAmountAndDefaultsToTheTestCard() {
        assertThatThrownBy(() -> PaymentFixtures.builder().amount(usd("0")).build()).isInstanceOf(InvalidMoney.class);
        assertThat(PaymentFixtures.builder().token("").attempt().token()).isEqualTo("tok_visa");
    }

    @Test
    void theLedgerNoticesSumsThatContradictTheStatus() {
        Payment captured = PaymentFixtures.captured();
        Payment pending = PaymentFixtures.pending();

        assertThat(captured.ledger().agreesWith(pending)).isFalse();
    }
}
