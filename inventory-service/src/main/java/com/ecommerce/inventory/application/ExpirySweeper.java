package com.ecommerce.inventory.application;

import com.ecommerce.inventory.config.InventoryProperties;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the expiry on every instance; claiming with SKIP LOCKED makes a cluster-wide lock unnecessary. */
@Component
class ExpirySweeper {

    private final ReservationExpiry expiry;
    private final int batchSize;

    ExpirySweeper(ReservationExpiry expiry, InventoryProperties properties) {
        this.expiry = expiry;
        this.batchSize = properties.expiry().batchSize();
    }

    /** Bounded per run, so a backlog never keeps the scheduler thread from its next run for long. */
    @Scheduled(fixedDelayString = "${ecommerce.inventory.expiry.sweep-interval:5s}",
            initialDelayString = "${ecommerce.inventory.expiry.sweep-interval:5s}")
    void sweep() {
        int released = 0;
        while (released < batchSize && expiry.expireNext()) {
            released++;
        }
    }
}
