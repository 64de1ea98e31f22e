package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import com.ecommerce.inventory.domain.Adjustment;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReleaseCause;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.ReservationStatus;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admission gate on real Redis and PostgreSQL. Redis is reached through a relay the tests can
 * sever, so losing Redis mid-sale is tested without stopping the shared server. Listeners stay
 * off: this second context must not compete for the Kafka tests' commands.
 */
@InventoryIT
@TestPropertySource(properties = {"ecommerce.inventory.gate.enabled=true", "spring.kafka.listener.auto-startup=false"})
class AdmissionGateIT {

    static final RedisRelay REDIS = RedisRelay.start();
    static final Duration BOUND = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void redisThroughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", REDIS::port);
    }

    @Autowired
    StockReservations reservations;
    @Autowired
    ReservationExpiry expiry;
    @Autowired
    StockAdministration administration;
    @Autowired
    GateReconciliation reconciliation;
    @Autowired
    GateCounters counters;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    StockProbe probe;

    @BeforeEach
    void trustedGate() {
        probe = new StockProbe(jdbc);
        assertThat(reconciliation.reconcileAll()).as("the gate is reconciled and trusted").isTrue();
    }

    @RepeatedTest(3)
    void twoHundredBuyersOfOneHundredGatedUnitsReserveExactlyOneHundred() {
        ProductId product = gated(100);
        double admittedBefore = decisions("admitted");
        double refusedBefore = decisions("refused");

        Map<ReservationStatus, Long> outcomes = buyTogether(product, 200);

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
                Map.of(ReservationStatus.ACTIVE, 100L, ReservationStatus.REJECTED, 100L));
        assertThat(probe.levels(product)).isEqualTo(new Levels(0, 100, 0));
        assertThat(counters.level(product)).contains(0);
        // The surplus was refused by the gate, before the stock row: the database saw only the 100 it sold.
        assertThat(decisions("admitted") - admittedBefore).isEqualTo(100);
        assertThat(decisions("refused") - refusedBefore).isEqualTo(100);
    }

    @Test
    void counterFollowsEveryMovementOfAvailableStock() {
        ProductId product = gated(30);
        OrderId released = reserve(product, 3);
        reservations.release(new ReleaseStock(released, ReleaseCause.PAYMENT_DECLINED));
        assertCounterEqualsAvailable(product);
        OrderId confirmed = reserve(product, 2);
        reservations.confirm(new ConfirmStock(confirmed));
        assertCounterEqualsAvailable(product);
        OrderId expired = reserve(product, 5);
        probe.expireNow(expired);
        while (expiry.expireNext()) {
            // drain everything that is due, including other tests' leftovers
        }
        assertCounterEqualsAvailable(product);
        reservations.release(new ReleaseStock(confirmed, ReleaseCause.CUSTOMER_REQUEST));
        administration.adjust(product, new Adjustment(Adjustment.Type.INCREASE, 10, "delivery"), "admin");
        assertCounterEqualsAvailable(product);
        assertThat(probe.levels(product)).isEqualTo(new Levels(40, 0, 0));

        administration.adjust(product, new Adjustment(Adjustment.Type.DECREASE, 6, "damaged"), "admin");

        // A cut is recounted from the database shortly after its commit.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(counters.level(product)).contains(34));
    }

    @Test
    void aRolledBackReservationGivesItsUnitsBack() {
        ProductId product = gated(10);

        transactions.executeWithoutResult(status -> {
            reserve(product, 4);
            assertThat(counters.level(product)).contains(6);
            status.setRollbackOnly();
        });

        assertThat(counters.level(product)).contains(10);
        assertThat(probe.levels(product)).isEqualTo(new Levels(10, 0, 0));
    }

    @Test
    void aRejectedOrderGivesBackTheLinesItHadTaken() {
        List<ProductId> products = new ArrayList<>(List.of(gated(10), gated(10)));
        products.sort(null);
        OrderId order = ReservationFixtures.newOrderId();

        // Lines are taken in product-id order: the first is taken, the second refused by the gate.
        ReservationStatus status = reservations.reserve(new ReserveStock(order,
                List.of(new Demand.Line(products.get(0), 3), new Demand.Line(products.get(1), 11))));

        assertThat(status).isEqualTo(ReservationStatus.REJECTED);
        assertThat(counters.level(products.get(0))).contains(10);
        assertThat(counters.level(products.get(1))).contains(10);
        assertThat(probe.levels(products.get(0))).isEqualTo(new Levels(10, 0, 0));
    }

    @Test
    void aLowCounterOnlyRefusesEarlyUntilReconciliationResetsIt() {
        ProductId product = gated(20);
        counters.add(product, -15); // as left by a crash between taking units and giving them back

        assertThat(reservations.reserve(order(product, 10))).isEqualTo(ReservationStatus.REJECTED);
        assertThat(probe.levels(product)).isEqualTo(new Levels(20, 0, 0));

        assertThat(reconciliation.reconcileAll()).isTrue();
        assertCounterEqualsAvailable(product);
        assertThat(reservations.reserve(order(product, 10))).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(counters.level(product)).contains(10);
    }

    @Test
    void aHighCounterNeverSellsUnitsTheDatabaseLacks() {
        ProductId product = gated(20);
        counters.add(product, 50); // a phantom surplus

        assertThat(reservations.reserve(order(product, 30))).isEqualTo(ReservationStatus.REJECTED);

        assertThat(probe.levels(product)).isEqualTo(new Levels(20, 0, 0));
        assertThat(counters.level(product)).as("the admitted units went back").contains(70);
        assertThat(reconciliation.reconcileAll()).isTrue();
        assertCounterEqualsAvailable(product);
    }

    @Test
    void aProductWithoutACounterIsReservedThroughTheDatabaseAndSoonGetsOne() {
        ProductId product = probe.stocked(10);

        assertThat(reservations.reserve(order(product, 2))).isEqualTo(ReservationStatus.ACTIVE);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(counters.level(product)).contains(8));
    }

    @Test
    void losingRedisMidSaleStillSellsExactlyTheStockAndReconciliationRecoversTheGate() {
        ProductId product = gated(100);
        assertThat(buyTogether(product, 50)).containsExactlyEntriesOf(Map.of(ReservationStatus.ACTIVE, 50L));
        assertThat(counters.level(product)).contains(50);

        REDIS.sever();
        try {
            Map<ReservationStatus, Long> outcomes = buyTogether(product, 150);

            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
                    Map.of(ReservationStatus.ACTIVE, 50L, ReservationStatus.REJECTED, 100L));
            assertThat(probe.levels(product)).isEqualTo(new Levels(0, 100, 0));
            assertThat(counters.trusted()).as("the gate stopped trusting its counters").isFalse();
            assertThat(reconciliation.reconcileAll()).isFalse();
        } finally {
            REDIS.restore();
        }

        // Lettuce reconnects on its own; the first reconciliation after that makes the gate trusted again.
        await().atMost(Duration.ofSeconds(45)).until(reconciliation::reconcileAll);
        assertCounterEqualsAvailable(product);
    }

    private ProductId gated(int units) {
        ProductId product = probe.stocked(units);
        assertThat(reconciliation.reconcile(List.of(product))).isTrue();
        assertThat(counters.level(product)).contains(units);
        return product;
    }

    private Map<ReservationStatus, Long> buyTogether(ProductId product, int buyers) {
        List<Callable<ReservationStatus>> orders = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            orders.add(() -> reservations.reserve(order(product, 1)));
        }
        return assertTimeoutPreemptively(BOUND, () -> ReservationConcurrencyIT.runTogether(orders)).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private OrderId reserve(ProductId product, int units) {
        ReserveStock command = order(product, units);
        assertThat(reservations.reserve(command)).isEqualTo(ReservationStatus.ACTIVE);
        return command.orderId();
    }

    private static ReserveStock order(ProductId product, int units) {
        return new ReserveStock(ReservationFixtures.newOrderId(), List.of(new Demand.Line(product, units)));
    }

    private void assertCounterEqualsAvailable(ProductId product) {
        assertThat(counters.level(product)).as("gate counter of %s", product)
                .contains(probe.levels(product).available());
    }

    private double decisions(String outcome) {
        return meters.get("inventory.gate.decisions").tag("outcome", outcome).counter().count();
    }
}
