package com.ecommerce.payment.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the reconciliation gauges current and says loudly when money and orders disagree. */
@Component
class ReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

    private final Reconciliation reconciliation;

    ReconciliationJob(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelayString = "${ecommerce.payments.reconciliation.interval:1m}",
            initialDelayString = "${ecommerce.payments.reconciliation.interval:1m}")
    void run() {
        ReconciliationReport report = reconciliation.report();
        if (!report.capturedWithoutConfirmedOrder().isEmpty() || !report.confirmedWithoutCapture().isEmpty()) {
            log.warn("Reconciliation: {} captures without a confirmed order, {} confirmed orders without a capture",
                    report.capturedWithoutConfirmedOrder().size(), report.confirmedWithoutCapture().size());
        }
    }
}
