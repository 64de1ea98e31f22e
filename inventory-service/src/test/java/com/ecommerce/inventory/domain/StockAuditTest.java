package com.ecommerce.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StockAuditTest {

    private static final ProductId P = ProductId.of("P1");

    @Test
    void findsNothingWhenTheCountersAddUpAndMatchTheReservations() {
        assertThat(new StockAudit(P, 7, 2, 1, 10, 2).findings()).isEmpty();
    }

    @Test
    void reportsUnitsThatAppearedOrVanishedOutsideTheHistory() {
        assertThat(new StockAudit(P, 7, 2, 2, 10, 2).findings()).singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(StockAudit.STOCK_NOT_CONSERVED);
                    assertThat(f.detail()).contains("add up to 11", "stocked 10");
                });
    }

    @Test
    void reportsReservedUnitsNoActiveReservationHolds() {
        assertThat(new StockAudit(P, 7, 3, 0, 10, 2).findings()).extracting(StockAudit.Finding::rule)
                .containsExactly(StockAudit.RESERVED_MISMATCH);
    }

    @Test
    void reportsANegativeCounterAsAnOversell() {
        assertThat(new StockAudit(P, -1, 0, 11, 10, 0).findings()).extracting(StockAudit.Finding::rule)
                .containsExactly(StockAudit.NEGATIVE_COUNTER);
    }
}
