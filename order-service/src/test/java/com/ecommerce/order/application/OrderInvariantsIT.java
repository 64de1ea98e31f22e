package com.ecommerce.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.ecommerce.order.MovableClock;
import com.ecommerce.order.OrderIT;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check against real rows. Each test writes in its own rolled-back transaction, which also
 * keeps its overdue orders from the deadline sweeper, and in the ISO test currency XTS, so the
 * XTS totals are exactly this test's rows.
 */
@OrderIT
@Transactional
class OrderInvariantsIT {

    private static final Duration GRACE = Duration.ofSeconds(30);

    @Autowired
    OrderInvariants invariants;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsAPendingOrderPastItsDeadlineAndTheGrace() {
        String overdue = order("PENDING", "NONE", "10.00", clock.instant().minus(GRACE).minusSeconds(5));

        OrderInvariantReport report = invariants.check(GRACE);

        assertThat(report.violations()).filteredOn(v -> v.orderId().equals(overdue)).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(OrderInvariants.OVERDUE_SAGA));
        assertThat(report.overdue()).isPositive();
        assertThat(report.counts().get(OrderStatus.PENDING)).isPositive();
    }

    @Test
    void leavesPendingOrdersWithinTheirDeadlineOrTheGraceAlone() {
        String onTime = order("PENDING", "AUTHORIZING", "10.00", clock.instant().plusSeconds(20));
        String inGrace = order("PENDING", "AUTHORIZING", "10.00", clock.instant().minusSeconds(5));

        assertThat(invariants.check(GRACE).violations()).extracting(OrderInvariantReport.Violation::orderId)
                .doesNotContain(onTime, inGrace);
    }

    @Test
    void holdsTheMoneyOfConfirmedShippedAndDeliveredOrdersNotRefunded() {
        Instant deadline = clock.instant();
        order("CONFIRMED", "CAPTURED", "100.00", deadline);
        order("SHIPPED", "CAPTURED", "20.50", deadline);
        order("DELIVERED", "CAPTURED", "3.25", deadline);
        order("CONFIRMED", "REFUNDED", "1000.00", deadline);
        order("CANCELLED", "REFUND_REQUESTED", "1000.00", deadline);
        order("PENDING", "CAPTURED", "1000.00", deadline.plusSeconds(60));
        long unsettledBefore = invariants.check(GRACE).unsettled();

        order("CANCELLED", "VOID_REQUESTED", "1.00", deadline);

        OrderInvariantReport report = invariants.check(GRACE);
        assertThat(report.held()).filteredOn(h -> h.currency().equals("XTS")).singleElement()
                .satisfies(h -> assertThat(h.total()).isEqualByComparingTo("123.75"));
        assertThat(report.unsettled()).isEqualTo(unsettledBefore + 1);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void countsEveryStatusInItsOwnRepeatableReadTransaction() {
        OrderInvariantReport report = invariants.check(GRACE);

        assertThat(report.counts()).containsOnlyKeys(OrderStatus.values());
        assertThat(report.overdue()).isEqualTo(report.violations().size());
    }

    /** An order in XTS with the given status, payment state, total and step deadline; answers its id. */
    private String order(String status, String paymentState, String total, Instant stepDeadline) {
        long id = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 62);
        String cancelled = status.equals("CANCELLED") ? "CUSTOMER_REQUEST" : null;
        String step = switch (status) {
            case "PENDING" -> "AUTHORIZING_PAYMENT";
            case "CANCELLED" -> "RESERVING_STOCK";
            default -> "COMPLETED";
        };
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into orders (id, order_number, customer_id, status, cancellation_reason, saga_step, step_deadline,
                    payment_state, payment_method, total_amount, currency, shipping_name, shipping_address,
                    shipping_phone, placed_from_cart, placed_at, updated_at)
                values (?, ?, 'customer-1', ?, ?, ?, ?, ?, 'CARD', ?::numeric, 'XTS', 'Test', 'Seoul', '010', false, ?, ?)""")
                .params(id, "ORD-IT-" + id, status, cancelled, step, Timestamp.from(stepDeadline), paymentState, total,
                        now, now)
                .update();
        return new OrderId(id).text();
    }
}
