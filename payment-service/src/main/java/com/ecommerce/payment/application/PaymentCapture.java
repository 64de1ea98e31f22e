package com.ecommerce.payment.application;

import java.time.Clock;
import java.util.Optional;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentProvider;
import com.ecommerce.payment.domain.PaymentProvider.ChargeRequest;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges an order exactly once, in two steps around the provider call: {@link #recordAttempt}
 * commits the PENDING payment, {@link #settle} asks the provider (idempotency key = order id) and
 * commits the outcome with its reply. A repeated command answers the outcome that stands without
 * a new charge; a PENDING payment is settled by asking again with the same key.
 */
@Service
public class PaymentCapture {

    private static final Logger log = LoggerFactory.getLogger(PaymentCapture.class);

    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final PaymentOutcomes outcomes;
    private final IdGenerator ids;
    private final Clock clock;

    PaymentCapture(PaymentRepository payments, PaymentProvider provider, PaymentOutcomes outcomes, IdGenerator ids,
            Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.outcomes = outcomes;
        this.ids = ids;
        this.clock = clock;
    }

    /** Step one: the attempt (PENDING + ledger row), or the reply again if the payment has settled. */
    @Transactional
    public PaymentStatus recordAttempt(AuthorizePayment command) {
        OrderId orderId = command.attempt().orderId();
        return payments.lockByOrderId(orderId.value())
                .map(existing -> {
                    outcomes.answerAgain(existing);
                    return existing.status();
                })
                .orElseGet(() -> payments.save(Payment.attempt(ids.nextId(), command.attempt(), provider.name(),
                        clock.instant())).status());
    }

    /** Step two, outside any transaction: asks the provider about a PENDING payment and records the answer. */
    public void settle(OrderId orderId) {
        ask(orderId).ifPresent(answer -> outcomes.chargeSettled(orderId, answer));
    }

    /**
     * Asks the provider about the order's PENDING charge, outside any transaction, and returns the
     * answer for the caller to record. Empty for a settled payment, or when the provider cannot
     * answer now (a reference it named is kept so the next ask can look the charge up).
     */
    public Optional<ProviderOutcome> ask(OrderId orderId) {
        ProviderCalls.requireNoTransaction();
        Payment payment = payments.findByOrderId(orderId.value()).orElse(null);
        if (payment == null || payment.status() != PaymentStatus.PENDING) {
            return Optional.empty();
        }
        try {
            return Optional.of(provider.charge(new ChargeRequest(payment.chargeKey(), orderId, payment.amount(),
                    payment.details().token(), payment.details().method(), payment.details().providerReference())));
        } catch (ProviderUnavailable e) {
            log.warn("Charge of order {} unresolved, the recovery will ask again: {}", orderId, e.getMessage());
            if (e.reference() != null) {
                outcomes.chargeReferenced(orderId, e.reference());
            }
            return Optional.empty();
        }
    }
}
