package com.ecommerce.payment.application;

import java.sql.Timestamp;
import java.time.Instant;

import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.OrderId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local view of order outcomes that reconciliation compares captures with. A cancellation is
 * final: a late or replayed confirmation never turns a cancelled order back into a confirmed one.
 */
@Service
public class OrderViews {

    private final JdbcClient jdbc;

    OrderViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void confirmed(OrderId orderId, String customerId, Money total, Instant at) {
        jdbc.sql("""
                insert into order_view (order_id, customer_id, status, total, currency, changed_at)
                values (?, ?, 'CONFIRMED', ?, ?, ?)
                on conflict (order_id) do update set total = excluded.total, currency = excluded.currency
                where order_view.status = 'CONFIRMED'""")
                .params(orderId.value(), customerId, total == null ? null : total.amount(),
                        total == null ? null : total.currency(), Timestamp.from(at))
                .update();
    }

    @Transactional
    public void cancelled(OrderId orderId, String customerId, Instant at) {
        jdbc.sql("""
                insert into order_view (order_id, customer_id, status, changed_at) values (?, ?, 'CANCELLED', ?)
                on conflict (order_id) do update set status = 'CANCELLED', changed_at = excluded.changed_at
                where order_view.status <> 'CANCELLED'""")
                .params(orderId.value(), customerId, Timestamp.from(at))
                .update();
    }
}
