package com.ecommerce.order.application;

import com.ecommerce.order.config.OrderProperties;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clocks of the service: saga deadlines (every instance sweeps; SKIP LOCKED claims keep them
 * apart) and the expiry of old Idempotency-Keys.
 */
@Component
class Sweepers {

    private final OverdueSagas overdue;
    private final IdempotencyKeys keys;
    private final int batch;

    Sweepers(OverdueSagas overdue, IdempotencyKeys keys, OrderProperties properties) {
        this.overdue = overdue;
        this.keys = keys;
        this.batch = properties.saga().sweepBatch();
    }

    /** Bounded per run, so a backlog never keeps the scheduler thread from its next run for long. */
    @Scheduled(fixedDelayString = "${ecommerce.order.saga.sweep-interval:1s}",
            initialDelayString = "${ecommerce.order.saga.sweep-interval:1s}")
    void sweepDeadlines() {
        int compensated = 0;
        while (compensated < batch && overdue.compensateNext()) {
            compensated++;
        }
    }

    @Scheduled(fixedDelayString = "${ecommerce.order.idempotency-sweep-interval:1h}", initialDelay = 60_000)
    void expireIdempotencyKeys() {
        keys.purgeExpired();
    }
}
