package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReleaseCause;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.ReservationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The gate switched on but Redis unreachable (a closed port): the database alone decides, correctly. */
@InventoryIT
@TestPropertySource(properties = {"ecommerce.inventory.gate.enabled=true", "spring.data.redis.port=1",
        "spring.kafka.listener.auto-startup=false"})
class AdmissionGateRedisDownIT {

    @Autowired
    StockReservations reservations;
    @Autowired
    GateReconciliation reconciliation;
    @Autowired
    GateCounters counters;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoHundredBuyersOfOneHundredUnitsReserveExactlyOneHundredThroughTheDatabase() {
        StockProbe probe = new StockProbe(jdbc);
        ProductId product = probe.stocked(100);
        assertThat(reconciliation.reconcileAll()).as("nothing to reconcile with").isFalse();
        List<Callable<ReservationStatus>> buyers = new ArrayList<>();
        List<OrderId> orders = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            OrderId order = ReservationFixtures.newOrderId();
            orders.add(order);
            buyers.add(() -> reservations.reserve(new ReserveStock(order, List.of(new Demand.Line(product, 1)))));
        }

        Map<ReservationStatus, Long> outcomes = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ReservationConcurrencyIT.runTogether(buyers)).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
                Map.of(ReservationStatus.ACTIVE, 100L, ReservationStatus.REJECTED, 100L));
        assertThat(probe.levels(product)).isEqualTo(new Levels(0, 100, 0));
        assertThat(counters.trusted()).isFalse();

        // Giving units back does not depend on Redis either.
        orders.forEach(order -> reservations.release(new ReleaseStock(order, ReleaseCause.PAYMENT_DECLINED)));
        assertThat(probe.levels(product)).isEqualTo(new Levels(100, 0, 0));
    }
}
