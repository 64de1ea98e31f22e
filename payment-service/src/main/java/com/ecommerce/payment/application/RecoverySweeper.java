package com.ecommerce.payment.application;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the recovery on every instance: resolutions of one attempt lock the payment and the
 * provider answers a repeated key with the first outcome, so no cluster-wide lock is needed.
 */
@Component
class RecoverySweeper {

    private final PaymentRecovery recovery;

    RecoverySweeper(PaymentRecovery recovery) {
        this.recovery = recovery;
    }

    @Scheduled(fixedDelayString = "${ecommerce.payments.recovery.interval:5s}",
            initialDelayString = "${ecommerce.payments.recovery.interval:5s}")
    void sweep() {
        recovery.resolveStale();
    }
}
