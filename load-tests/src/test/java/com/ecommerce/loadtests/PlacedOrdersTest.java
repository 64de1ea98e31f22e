package com.ecommerce.loadtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlacedOrdersTest {

    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    private static PlacedOrders.Outcome outcome(String status, String reason, long placedMs, long settledMs) {
        return new PlacedOrders.Outcome(status, reason, T0.plusMillis(placedMs), T0.plusMillis(settledMs));
    }

    @Test
    void confirmedRateRunsFromTheFirstPlacementToTheLastConfirmation() {
        List<PlacedOrders.Outcome> outcomes = List.of(
                outcome("CONFIRMED", null, 0, 400),
                outcome("CONFIRMED", null, 500, 2_000),
                outcome("CANCELLED", "OUT_OF_STOCK", 600, 9_000),   // a later cancellation does not stretch the window
                outcome("CONFIRMED", null, 1_000, 1_200));

        assertThat(PlacedOrders.confirmedPerSecond(outcomes)).isEqualTo(1.5);
    }

    @Test
    void countsByStatusAndReason() {
        List<PlacedOrders.Outcome> outcomes = List.of(
                outcome("CONFIRMED", null, 0, 1), outcome("CANCELLED", "OUT_OF_STOCK", 0, 1),
                outcome("CANCELLED", "OUT_OF_STOCK", 0, 1), outcome("CANCELLED", "PAYMENT_DECLINED", 0, 1));

        assertThat(PlacedOrders.byStatus(outcomes)).containsExactly(
                java.util.Map.entry("CANCELLED/OUT_OF_STOCK", 2), java.util.Map.entry("CANCELLED/PAYMENT_DECLINED", 1),
                java.util.Map.entry("CONFIRMED", 1));
    }

    @Test
    void latencyToConfirmedLeavesCancelledOrdersOut() {
        List<PlacedOrders.Outcome> outcomes = List.of(
                outcome("CONFIRMED", null, 0, 100), outcome("CONFIRMED", null, 0, 300), outcome("CANCELLED", "OUT_OF_STOCK", 0, 5_000));

        assertThat(PlacedOrders.toConfirmed(outcomes).max()).isEqualTo(300);
        assertThat(PlacedOrders.toConfirmed(outcomes).size()).isEqualTo(2);
    }

    @Test
    void aRefusedPlacementLeavesNoOrderToFollow() {
        PlacedOrders placed = new PlacedOrders();
        placed.add("0f8fad5b-d9cb-469f-a165-70867728950e");
        placed.add(null);

        assertThat(placed.count()).isEqualTo(1);
    }

    @Test
    void noConfirmedOrderIsZeroPerSecond() {
        assertThat(PlacedOrders.confirmedPerSecond(List.of(outcome("CANCELLED", "OUT_OF_STOCK", 0, 10)))).isZero();
    }
}
