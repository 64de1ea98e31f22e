package com.ecommerce.order.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that every order ends: a PENDING order past its step deadline plus a grace has a saga the
 * sweeper did not compensate. Also sums the money the orders say the shop holds, for comparison
 * with the payments' ledger. Repeatable read: counts, totals and violations describe one snapshot.
 */
@Service
public class OrderInvariants {

    static final String OVERDUE_SAGA = "overdue-saga";
    /** Bounds the answer when something is badly wrong; {@code overdue} still counts them all. */
    private static final int MAX_VIOLATIONS = 500;
    private static final String COUNTS = """
            select status, count(*) as orders,
                   count(*) filter (where payment_state in ('VOID_REQUESTED', 'REFUND_REQUESTED')) as unsettled,
                   count(*) filter (where status = 'PENDING' and step_deadline < :cutoff) as overdue
            from orders group by status""";
    // Shipped and delivered orders keep their money; an admin refund of a confirmed order sets REFUNDED.
    private static final String HELD = """
            select currency, sum(total_amount) as total from orders
            where status in ('CONFIRMED', 'SHIPPED', 'DELIVERED') and payment_state <> 'REFUNDED'
            group by currency order by currency""";
    private static final String OVERDUE = """
            select id, order_number, saga_step, payment_state, step_deadline from orders
            where status = 'PENDING' and step_deadline < :cutoff order by step_deadline limit :limit""";

    private final JdbcClient jdbc;
    private final Clock clock;

    OrderInvariants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public OrderInvariantReport check(Duration grace) {
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.minus(grace));
        List<StatusCount> rows = jdbc.sql(COUNTS).param("cutoff", cutoff)
                .query((rs, row) -> new StatusCount(OrderStatus.valueOf(rs.getString("status")), rs.getLong("orders"),
                        rs.getLong("unsettled"), rs.getLong("overdue"))).list();
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        List.of(OrderStatus.values()).forEach(status -> counts.put(status, 0L));
        rows.forEach(row -> counts.put(row.status(), row.orders()));
        return new OrderInvariantReport(now, counts, rows.stream().mapToLong(StatusCount::unsettled).sum(),
                rows.stream().mapToLong(StatusCount::overdue).sum(), held(), overdue(cutoff, now));
    }

    private record StatusCount(OrderStatus status, long orders, long unsettled, long overdue) {
    }

    private List<OrderInvariantReport.Held> held() {
        return jdbc.sql(HELD).query((rs, row) -> new OrderInvariantReport.Held(rs.getString("currency").trim(),
                rs.getBigDecimal("total"))).list();
    }

    private List<OrderInvariantReport.Violation> overdue(Timestamp cutoff, Instant now) {
        return jdbc.sql(OVERDUE).param("cutoff", cutoff).param("limit", MAX_VIOLATIONS)
                .query((rs, row) -> {
                    Instant deadline = rs.getTimestamp("step_deadline").toInstant();
                    return new OrderInvariantReport.Violation(new OrderId(rs.getLong("id")).text(),
                            rs.getString("order_number"), OVERDUE_SAGA, "PENDING in " + rs.getString("saga_step")
                                    + " (payment " + rs.getString("payment_state") + "), "
                                    + Duration.between(deadline, now).toSeconds() + " s past its step deadline");
                }).list();
    }
}
