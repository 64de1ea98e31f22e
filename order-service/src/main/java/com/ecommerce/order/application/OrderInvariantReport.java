package com.ecommerce.order.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.ecommerce.order.domain.OrderStatus;

/**
 * The outcome of an invariant check: empty {@code violations} means every order ends. The saga is
 * quiet when {@code PENDING} and {@code unsettled} are both zero; only then do the held totals
 * have to equal the payments' captured − refunded.
 *
 * @param counts    orders per status, every status present
 * @param unsettled finished orders still waiting for a void or refund to be confirmed
 * @param overdue   PENDING orders past their step deadline plus the grace (violations lists at most 500)
 * @param held      totals of confirmed, shipped and delivered orders not refunded, per currency
 */
public record OrderInvariantReport(Instant checkedAt, Map<OrderStatus, Long> counts, long unsettled, long overdue,
        List<Held> held, List<Violation> violations) {

    public record Held(String currency, BigDecimal total) {
    }

    public record Violation(String orderId, String orderNumber, String rule, String detail) {
    }
}
