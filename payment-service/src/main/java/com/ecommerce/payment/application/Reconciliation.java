package com.ecommerce.payment.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.ecommerce.payment.application.ReconciliationReport.Discrepancy;
import com.ecommerce.payment.config.PaymentProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Compares captured money with the orders' outcomes: a capture must belong to a confirmed order,
 * and a confirmed order must have a capture. Both sides settle through events, so only
 * disagreements older than the grace period are reported: the newest ones first, at most the
 * configured limit of each kind, so a new disagreement is never hidden behind old ones nobody
 * resolved. The last counts are gauges ({@code payments.reconciliation.discrepancies}).
 */
@Service
public class Reconciliation {

    private static final String CAPTURED_WITHOUT_ORDER = """
            select p.order_id, p.id as payment_id, p.status as payment_status, o.status as order_status,
                   p.amount, p.currency
            from payment p left join order_view o on o.order_id = p.order_id
            where p.status = 'CAPTURED' and p.updated_at < :before
              and (o.status is null or (o.status = 'CANCELLED' and o.changed_at < :before))
            order by p.updated_at desc limit :limit""";
    private static final String CONFIRMED_WITHOUT_CAPTURE = """
            select o.order_id, p.id as payment_id, p.status as payment_status, o.status as order_status,
                   o.total as amount, o.currency
            from order_view o left join payment p on p.order_id = o.order_id
            where o.status = 'CONFIRMED' and o.changed_at < :before
              and (p.status is null or p.status <> 'CAPTURED')
            order by o.changed_at desc limit :limit""";

    private final JdbcClient jdbc;
    private final PaymentProperties.Reconciliation settings;
    private final Clock clock;
    private final AtomicInteger capturedWithoutOrder = new AtomicInteger();
    private final AtomicInteger confirmedWithoutCapture = new AtomicInteger();

    Reconciliation(JdbcClient jdbc, PaymentProperties properties, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.reconciliation();
        this.clock = clock;
        gauge(meters, "captured_without_confirmed_order", capturedWithoutOrder);
        gauge(meters, "confirmed_without_capture", confirmedWithoutCapture);
    }

    public ReconciliationReport report() {
        Instant now = clock.instant();
        Instant before = now.minus(settings.grace());
        List<Discrepancy> captured = find(CAPTURED_WITHOUT_ORDER, before);
        List<Discrepancy> confirmed = find(CONFIRMED_WITHOUT_CAPTURE, before);
        capturedWithoutOrder.set(captured.size());
        confirmedWithoutCapture.set(confirmed.size());
        return new ReconciliationReport(now, captured, confirmed);
    }

    private List<Discrepancy> find(String sql, Instant before) {
        return jdbc.sql(sql).param("before", Timestamp.from(before)).param("limit", settings.limit())
                .query((rs, row) -> new Discrepancy(rs.getString("order_id"),
                        rs.getObject("payment_id", Long.class), rs.getString("payment_status"),
                        rs.getString("order_status"), rs.getBigDecimal("amount"), trim(rs.getString("currency"))))
                .list();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static void gauge(MeterRegistry meters, String kind, AtomicInteger value) {
        Gauge.builder("payments.reconciliation.discrepancies", value, AtomicInteger::get)
                .tag("kind", kind).description("Discrepancies found by the last reconciliation run")
                .register(meters);
    }
}
