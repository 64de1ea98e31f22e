package com.ecommerce.payment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment next to the sums of its ledger, with the rules {@link Ledger#agreesWith} states for one
 * loaded payment, applied to rows read in bulk: at most one succeeded charge per payment (one
 * payment per order), and captured − refunded matching the status.
 *
 * @param amount   null for a payment voided before any authorisation
 * @param captures succeeded CHARGE rows
 */
public record PaymentAudit(PaymentId paymentId, String orderId, PaymentStatus status, BigDecimal amount,
        long captures, BigDecimal captured, BigDecimal refunded) {

    public static final String MULTIPLE_CAPTURES = "multiple-captures";
    public static final String LEDGER_DISAGREES = "ledger-disagrees-with-status";

    /** A broken rule of one payment, named by a stable {@code rule}. */
    public record Finding(PaymentId paymentId, String orderId, String rule, String detail) {
    }

    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (captures > 1) {
            findings.add(new Finding(paymentId, orderId, MULTIPLE_CAPTURES, captures + " succeeded charges"));
        }
        if (!ledgerAgrees()) {
            findings.add(new Finding(paymentId, orderId, LEDGER_DISAGREES, status + " payment of " + amount
                    + " with captured " + captured.toPlainString() + ", refunded " + refunded.toPlainString()));
        }
        return findings;
    }

    private boolean ledgerAgrees() {
        BigDecimal whole = amount == null ? BigDecimal.ZERO : amount;
        return switch (status) {
            case CAPTURED, REFUNDING -> same(captured, whole) && same(refunded, BigDecimal.ZERO);
            case REFUNDED -> same(captured, whole) && same(refunded, whole);
            case PENDING, FAILED, VOIDED -> same(captured, BigDecimal.ZERO) && same(refunded, BigDecimal.ZERO);
        };
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
