package com.ecommerce.payment.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentRepository;
import com.ecommerce.payment.messaging.PaymentEventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compensates an order's payment before capture would stand: a payment that moved no money is
 * voided (PaymentVoided); one that did is refunded (PaymentRefunded follows the refund's
 * settlement). A void that arrives before any authorisation leaves a VOIDED payment behind, so a
 * late AuthorizePayment fails instead of charging.
 */
@Service
public class PaymentVoids {

    private final PaymentRepository payments;
    private final PaymentRefunds refunds;
    private final PaymentEventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    PaymentVoids(PaymentRepository payments, PaymentRefunds refunds, PaymentEventPublisher events, IdGenerator ids,
            Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @throws com.ecommerce.payment.domain.PaymentOutcomeUnknown while the charge is unresolved
     *         (the command is retried once the provider has been asked again)
     */
    @Transactional
    public void voidPayment(VoidPayment command) {
        Instant now = clock.instant();
        Payment payment = payments.lockByOrderId(command.orderId().value()).orElse(null);
        if (payment == null) {
            events.voided(payments.save(Payment.voidedBeforeAttempt(ids.nextId(), command.orderId(),
                    command.reason(), now)), now);
            return;
        }
        switch (payment.status()) {
            case FAILED, VOIDED, PENDING -> {
                payment.voidPayment(command.reason(), now);
                events.voided(payment, now);
            }
            case CAPTURED, REFUNDING, REFUNDED -> refunds.startRefund(payment, command.reason(), now);
        }
    }
}
