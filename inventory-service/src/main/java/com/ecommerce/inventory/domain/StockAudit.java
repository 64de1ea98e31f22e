package com.ecommerce.inventory.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One stock row next to what its history and its reservations say it must hold. Read as raw
 * numbers, not {@link Levels}, because the audit exists to report counters that broke the rules.
 *
 * @param stocked           units ever stocked: the opening stock plus admin increases minus decreases
 * @param activeReservation units held by the product's ACTIVE reservation lines
 */
public record StockAudit(ProductId productId, long available, long reserved, long sold, long stocked,
        long activeReservation) {

    public static final String NEGATIVE_COUNTER = "negative-counter";
    public static final String STOCK_NOT_CONSERVED = "stock-not-conserved";
    public static final String RESERVED_MISMATCH = "reserved-mismatch";

    /** A broken rule of one product, named by a stable {@code rule}. */
    public record Finding(ProductId productId, String rule, String detail) {
    }

    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (available < 0 || reserved < 0 || sold < 0) {
            findings.add(new Finding(productId, NEGATIVE_COUNTER, counters()));
        }
        if (available + reserved + sold != stocked) {
            findings.add(new Finding(productId, STOCK_NOT_CONSERVED,
                    counters() + " add up to " + (available + reserved + sold) + ", history stocked " + stocked));
        }
        if (reserved != activeReservation) {
            findings.add(new Finding(productId, RESERVED_MISMATCH,
                    "reserved " + reserved + ", active reservation lines hold " + activeReservation));
        }
        return findings;
    }

    private String counters() {
        return "available " + available + ", reserved " + reserved + ", sold " + sold;
    }
}
