package com.ecommerce.payment.application;

import java.util.Optional;

import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.ProviderOutcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A verified Stripe event is a nudge, not a source of truth: it makes the service settle the
 * order's unresolved charge or refund by asking Stripe with the same idempotency key. The event
 * is recorded in the transaction that records the settlement, so a settlement that fails leaves
 * the event unrecorded and Stripe's retry of it is handled, not dismissed as a replay. Stripe is
 * asked before that transaction opens: no provider call holds a transaction.
 */
@Service
public class StripeWebhooks {

    private final StripeEventLog handled;
    private final PaymentCapture capture;
    private final PaymentRefunds refunds;
    private final PaymentOutcomes outcomes;
    private final TransactionOperations transactions;

    StripeWebhooks(StripeEventLog handled, PaymentCapture capture, PaymentRefunds refunds, PaymentOutcomes outcomes,
            TransactionOperations transactions) {
        this.handled = handled;
        this.capture = capture;
        this.refunds = refunds;
        this.outcomes = outcomes;
        this.transactions = transactions;
    }

    /**
     * @param orderId the order named in the event's metadata; null for events about nothing of ours
     * @return false for a replay, which changes nothing
     */
    public boolean handle(String eventId, String type, OrderId orderId) {
        // Saves asking Stripe about a replay; the insert below is what decides between concurrent deliveries.
        if (handled.handledBefore(eventId)) {
            return false;
        }
        Optional<ProviderOutcome> charge = orderId == null ? Optional.empty() : capture.ask(orderId);
        Optional<ProviderOutcome> refund = orderId == null ? Optional.empty() : refunds.ask(orderId);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!handled.record(eventId, type)) {
                return false;
            }
            charge.ifPresent(answer -> outcomes.chargeSettled(orderId, answer));
            refund.ifPresent(answer -> outcomes.refundSettled(orderId, answer));
            return true;
        }));
    }
}
