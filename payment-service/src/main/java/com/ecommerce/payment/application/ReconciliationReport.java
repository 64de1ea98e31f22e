package com.ecommerce.payment.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Money and orders that disagree after the grace period.
 *
 * @param capturedWithoutConfirmedOrder captured payments whose order is cancelled or unknown
 * @param confirmedWithoutCapture       confirmed orders whose payment is missing or not captured
 */
public record ReconciliationReport(Instant checkedAt, List<Discrepancy> capturedWithoutConfirmedOrder,
        List<Discrepancy> confirmedWithoutCapture) {

    /**
     * @param paymentStatus null when the order has no payment
     * @param orderStatus   null when the order is unknown here
     */
    public record Discrepancy(String orderId, Long paymentId, String paymentStatus, String orderStatus,
            BigDecimal amount, String currency) {
    }
}
