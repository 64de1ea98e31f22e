package com.ecommerce.inventory.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of every stock change, written in the transaction of the change itself,
 * so a change that rolls back leaves no history behind.
 */
@Component
public class StockHistory {

    private final JdbcClient jdbc;
    private final IdGenerator ids;

    StockHistory(JdbcClient jdbc, IdGenerator ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    public void append(StockMovement m, Instant at) {
        jdbc.sql("""
                insert into stock_history (id, product_id, change_type, quantity, available_before, available_after,
                    reserved_before, reserved_after, sold_before, sold_after, reason, order_id, actor, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ids.nextId(), m.productId().value(), m.change().name(), m.quantity(),
                        m.before().available(), m.after().available(), m.before().reserved(), m.after().reserved(),
                        m.before().sold(), m.after().sold(), m.reason(),
                        m.orderId() == null ? null : m.orderId().value(), m.actor(), Timestamp.from(at))
                .update();
    }

    /** The newest {@code limit} entries of a product, newest first. */
    public List<StockHistoryEntry> latest(ProductId productId, int limit) {
        return jdbc.sql("""
                select * from stock_history where product_id = ? order by created_at desc, id desc limit ?""")
                .params(productId.value(), limit)
                .query((rs, row) -> new StockHistoryEntry(rs.getLong("id"),
                        new StockMovement(productId, StockChange.valueOf(rs.getString("change_type")),
                                rs.getInt("quantity"),
                                new Levels(rs.getInt("available_before"), rs.getInt("reserved_before"),
                                        rs.getInt("sold_before")),
                                new Levels(rs.getInt("available_after"), rs.getInt("reserved_after"),
                                        rs.getInt("sold_after")),
                                rs.getString("reason"), orderId(rs.getString("order_id")), rs.getString("actor")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static OrderId orderId(String value) {
        return value == null ? null : OrderId.of(value);
    }
}
