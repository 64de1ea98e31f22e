package com.ecommerce.inventory.application;

import java.time.Instant;
import java.util.List;

import com.ecommerce.inventory.domain.StockAudit;

/**
 * The outcome of an invariant check: empty {@code violations} means every rule holds.
 *
 * @param products the number of stock rows checked
 */
public record InvariantReport(Instant checkedAt, long products, List<Violation> violations) {

    public record Violation(String productId, String rule, String detail) {

        static Violation of(StockAudit.Finding finding) {
            return new Violation(finding.productId().value(), finding.rule(), finding.detail());
        }
    }
}
