package com.ecommerce.payment.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.payment.domain.PaymentAudit;

/**
 * The outcome of an invariant check: empty {@code violations} means every rule holds.
 *
 * @param payments the number of payments checked
 * @param inFlight PENDING and REFUNDING payments: money may still move, so totals are not final
 * @param totals   what the ledger says moved, per currency
 */
public record PaymentInvariantReport(Instant checkedAt, long payments, long inFlight, List<Totals> totals,
        List<Violation> violations) {

    /** Succeeded charges and refunds of one currency; the shop holds {@code capturedTotal − refundedTotal}. */
    public record Totals(String currency, BigDecimal capturedTotal, BigDecimal refundedTotal) {
    }

    public record Violation(String orderId, String paymentId, String rule, String detail) {

        static Violation of(PaymentAudit.Finding finding) {
            return new Violation(finding.orderId(), finding.paymentId().toString(), finding.rule(), finding.detail());
        }
    }
}
