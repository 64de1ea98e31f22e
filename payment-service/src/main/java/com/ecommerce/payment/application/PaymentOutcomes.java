package com.ecommerce.payment.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.messaging.PaymentEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step two of every provider call: the provider's answer, its ledger row and the saga's reply
 * commit together. The payment is locked, so two resolutions of one attempt (the listener and the
 * recovery job) record it once.
 */
@Service
public class PaymentOutcomes {

    private final PaymentRepository payments;
    private final PaymentEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    PaymentOutcomes(PaymentRepository payments, PaymentEventPublisher events, MeterRegistry meters, Clock clock) {
        this.payments = payments;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    @Transactional
    public PaymentStatus chargeSettled(OrderId orderId, ProviderOutcome outcome) {
        Payment payment = locked(orderId);
        if (payment.settleCharge(outcome, clock.instant()) == Payment.Outcome.APPLIED) {
            answerAgain(payment);
            meters.counter("payments.outcomes", "operation", "charge", "outcome", outcome.code()).increment();
        }
        return payment.status();
    }

    /** The provider accepted the charge under {@code reference} without an outcome yet; see {@link Payment#noteChargeReference}. */
    @Transactional
    public void chargeReferenced(OrderId orderId, String reference) {
        locked(orderId).noteChargeReference(reference, clock.instant());
    }

    @Transactional
    public PaymentStatus refundSettled(OrderId orderId, ProviderOutcome outcome) {
        Payment payment = locked(orderId);
        if (payment.settleRefund(outcome, clock.instant()) == Payment.Outcome.APPLIED) {
            if (outcome.succeeded()) {
                events.refunded(payment, clock.instant());
            } else {
                events.refundFailed(orderId, payment.id(), outcome.code(), outcome.message(), clock.instant());
            }
            meters.counter("payments.outcomes", "operation", "refund", "outcome", outcome.code()).increment();
        }
        return payment.status();
    }

    /**
     * Replies with the outcome that stands, in the caller's transaction: a repeated command is
     * answered again. An unresolved payment is answered when it resolves.
     */
    public void answerAgain(Payment payment) {
        Instant now = clock.instant();
        switch (payment.status()) {
            case CAPTURED -> events.succeeded(payment, now);
            case FAILED, VOIDED -> events.failed(payment, now);
            case REFUNDED -> events.refunded(payment, now);
            case PENDING, REFUNDING -> { }
        }
    }

    private Payment locked(OrderId orderId) {
        return payments.lockByOrderId(orderId.value())
                .orElseThrow(() -> new IllegalStateException("no payment for order " + orderId));
    }
}
