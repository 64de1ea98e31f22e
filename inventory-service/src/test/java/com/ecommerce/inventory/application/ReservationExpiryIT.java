package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.ReservationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Expired reservations give their stock back exactly once, however many sweepers run. */
@InventoryIT
class ReservationExpiryIT {

    @Autowired
    StockReservations reservations;
    @Autowired
    ReservationExpiry expiry;
    @Autowired
    JdbcClient jdbc;
    StockProbe probe;

    @BeforeEach
    void probe() {
        probe = new StockProbe(jdbc);
    }

    @Test
    void twoSweepersReleaseEachExpiredReservationExactlyOnce() {
        ProductId first = probe.stocked(30);
        ProductId second = probe.stocked(30);
        List<OrderId> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            OrderId order = ReservationFixtures.newOrderId();
            reservations.reserve(new ReserveStock(order, List.of(new Demand.Line(second, 1), new Demand.Line(first, 1))));
            probe.expireNow(order);
            orders.add(order);
        }
        Callable<Integer> sweeper = () -> {
            int claimed = 0;
            while (expiry.expireNext()) {
                claimed++;
            }
            return claimed;
        };

        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ReservationConcurrencyIT.runTogether(List.of(sweeper, sweeper, sweeper)));

        assertThat(orders).allSatisfy(order -> assertThat(probe.status(order)).isEqualTo(ReservationStatus.EXPIRED));
        assertThat(probe.levels(first)).isEqualTo(new Levels(30, 0, 0));
        assertThat(probe.levels(second)).isEqualTo(new Levels(30, 0, 0));
        assertThat(probe.historyRows(first, "EXPIRE")).isEqualTo(20);
        assertThat(probe.historyRows(second, "EXPIRE")).isEqualTo(20);
    }

    @Test
    void leavesReservationsThatAreNotDueAndOnesAlreadyConfirmed() {
        ProductId product = probe.stocked(5);
        OrderId notDue = ReservationFixtures.newOrderId();
        OrderId confirmed = ReservationFixtures.newOrderId();
        reservations.reserve(new ReserveStock(notDue, List.of(new Demand.Line(product, 1))));
        reservations.reserve(new ReserveStock(confirmed, List.of(new Demand.Line(product, 2))));
        reservations.confirm(new ConfirmStock(confirmed));
        probe.expireNow(confirmed);

        while (expiry.expireNext()) {
            // drain everything that is due, including other tests' leftovers
        }

        assertThat(probe.status(notDue)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(probe.status(confirmed)).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(probe.levels(product)).isEqualTo(new Levels(2, 1, 2));
    }

    @Test
    void aConfirmRacingTheSweeperEndsInExactlyOneOutcome() {
        ProductId product = probe.stocked(10);
        OrderId order = ReservationFixtures.newOrderId();
        reservations.reserve(new ReserveStock(order, List.of(new Demand.Line(product, 4))));
        probe.expireNow(order);
        Callable<Boolean> confirm = () -> {
            reservations.confirm(new ConfirmStock(order));
            return true;
        };
        Callable<Boolean> sweep = () -> {
            while (expiry.expireNext()) {
                // drain
            }
            return true;
        };

        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ReservationConcurrencyIT.runTogether(List.of(confirm, sweep)));

        Levels levels = probe.levels(product);
        assertThat(levels.stocked()).isEqualTo(10);
        assertThat(levels).isIn(new Levels(6, 0, 4), new Levels(10, 0, 0));
        assertThat(probe.status(order)).isIn(ReservationStatus.CONFIRMED, ReservationStatus.EXPIRED);
    }
}
