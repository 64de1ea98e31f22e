package com.ecommerce.payment.application;

import java.time.Clock;
import java.util.List;

import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Resolves provider calls a crash (or an unreachable provider) left between "attempt recorded" and
 * "outcome recorded": the provider is asked again with the same idempotency key, so it answers
 * the first call's outcome, or makes the call once if it never arrived, and never charges twice.
 */
@Service
public class PaymentRecovery {

    private final PaymentRepository payments;
    private final PaymentCapture capture;
    private final PaymentRefunds refunds;
    private final PaymentProperties.Recovery settings;
    private final Clock clock;

    PaymentRecovery(PaymentRepository payments, PaymentCapture capture, PaymentRefunds refunds,
            PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.capture = capture;
        this.refunds = refunds;
        this.settings = properties.recovery();
        this.clock = clock;
    }

    /** @return how many unresolved payments were looked at */
    public int resolveStale() {
        List<String> orders = payments.unresolvedSince(clock.instant().minus(settings.staleAfter()),
                PageRequest.of(0, settings.batchSize()));
        orders.stream().map(OrderId::of).forEach(orderId -> {
            capture.settle(orderId);
            refunds.settle(orderId);
        });
        return orders.size();
    }
}
