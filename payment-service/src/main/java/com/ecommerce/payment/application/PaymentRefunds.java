package com.ecommerce.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentNotFound;
import com.ecommerce.payment.domain.PaymentNotRefundable;
import com.ecommerce.payment.domain.PaymentProvider;
import com.ecommerce.payment.domain.PaymentProvider.RefundRequest;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;
import com.ecommerce.payment.messaging.PaymentEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives captured money back in the same two steps as a charge: the REFUNDING attempt commits
 * first, then the provider is asked (idempotency key = order id + ":refund:" + attempt number) and
 * the outcome commits with PaymentRefunded or RefundFailed. Only full refunds of a capture exist.
 */
@Service
public class PaymentRefunds {

    private static final Logger log = LoggerFactory.getLogger(PaymentRefunds.class);

    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final PaymentOutcomes outcomes;
    private final PaymentEventPublisher events;
    private final Clock clock;

    PaymentRefunds(PaymentRepository payments, PaymentProvider provider, PaymentOutcomes outcomes,
            PaymentEventPublisher events, Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.outcomes = outcomes;
        this.events = events;
        this.clock = clock;
    }

    /** Step one: records the refund attempt, or answers why there is nothing to refund. */
    @Transactional
    public RefundDecision requestRefund(RefundPayment command) {
        Instant now = clock.instant();
        Payment payment = payments.lockByOrderId(command.orderId().value()).orElse(null);
        if (payment == null) {
            events.refundFailed(command.orderId(), null, "payment_not_found", "The order has no payment.", now);
            return RefundDecision.REFUSED;
        }
        if (command.amount() != null && payment.amount() != null && !command.amount().equals(payment.amount())) {
            events.refundFailed(command.orderId(), payment.id(), "amount_mismatch",
                    "Only the full captured amount " + payment.amount() + " can be refunded.", now);
            return RefundDecision.REFUSED;
        }
        return startRefund(payment, command.reason(), now);
    }

    /** Within the caller's transaction: the refund attempt of a locked payment, or the answer why not. */
    RefundDecision startRefund(Payment payment, String reason, Instant now) {
        try {
            payment.requestRefund(reason, now);
        } catch (PaymentNotRefundable e) {
            events.refundFailed(payment.orderId(), payment.id(), "payment_not_captured", e.getMessage(), now);
            return RefundDecision.REFUSED;
        }
        if (payment.status() == PaymentStatus.REFUNDED) {
            events.refunded(payment, now);
            return RefundDecision.ALREADY_REFUNDED;
        }
        return RefundDecision.ATTEMPT_RECORDED;
    }

    /**
     * An administrator's refund: records the attempt like {@link #requestRefund}, but a payment
     * refunded before is left as it is and announced to nobody again, since the saga heard of it
     * when it happened.
     *
     * @throws PaymentNotRefundable when nothing is captured; then nothing is recorded or announced
     */
    @Transactional
    public RefundDecision requestAdminRefund(OrderId orderId, String reason) {
        Payment payment = payments.lockByOrderId(orderId.value())
                .orElseThrow(() -> new PaymentNotFound("for order " + orderId));
        if (payment.status() == PaymentStatus.REFUNDED) {
            return RefundDecision.ALREADY_REFUNDED;
        }
        payment.requestRefund(reason, clock.instant());
        return RefundDecision.ATTEMPT_RECORDED;
    }

    /** Step two, outside any transaction: asks the provider about a REFUNDING payment and records the answer. */
    public void settle(OrderId orderId) {
        ask(orderId).ifPresent(answer -> outcomes.refundSettled(orderId, answer));
    }

    /**
     * Asks the provider about the order's REFUNDING payment, outside any transaction, with the
     * current attempt's key, and returns the answer for the caller to record. Empty when no
     * refund is in flight or the provider cannot answer now.
     */
    public Optional<ProviderOutcome> ask(OrderId orderId) {
        ProviderCalls.requireNoTransaction();
        Payment payment = payments.findByOrderId(orderId.value()).orElse(null);
        if (payment == null || payment.status() != PaymentStatus.REFUNDING) {
            return Optional.empty();
        }
        try {
            return Optional.of(provider.refund(new RefundRequest(payment.refundKey(), orderId,
                    payment.details().providerReference(), payment.amount(), payment.details().failureMessage())));
        } catch (ProviderUnavailable e) {
            log.warn("Refund of order {} unresolved, the recovery will ask again: {}", orderId, e.getMessage());
            return Optional.empty();
        }
    }
}
