package com.ecommerce.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationStatus;
import com.ecommerce.inventory.domain.StockFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Direct SQL for integration tests: stock rows to start from and the state to assert on. */
public record StockProbe(JdbcClient jdbc) {

    public ProductId stocked(int available) {
        ProductId productId = StockFixtures.newProductId();
        jdbc.sql("""
                insert into stock (product_id, available, reserved, sold, version, created_at, updated_at)
                values (?, ?, 0, 0, 0, now(), now())""").params(productId.value(), available).update();
        return productId;
    }

    public Levels levels(ProductId productId) {
        return jdbc.sql("select available, reserved, sold from stock where product_id = ?")
                .param(productId.value())
                .query((rs, row) -> new Levels(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    public ReservationStatus status(OrderId orderId) {
        return jdbc.sql("select status from reservation where order_id = ?").param(orderId.value())
                .query(String.class).optional().map(ReservationStatus::valueOf).orElse(null);
    }

    public int historyRows(ProductId productId, String change) {
        return jdbc.sql("select count(*) from stock_history where product_id = ? and change_type = ?")
                .params(productId.value(), change).query(Integer.class).single();
    }

    public List<String> historyChanges(ProductId productId) {
        return jdbc.sql("select change_type from stock_history where product_id = ? order by created_at, id")
                .param(productId.value()).query(String.class).list();
    }

    /** Makes the order's reservation due for expiry without waiting for its TTL. */
    /** Due before anything else: the next sweep claims it first, whatever other tests left due. */
    public void expireBeforeAllOthers(OrderId orderId) {
        jdbc.sql("update reservation set expires_at = ? where order_id = ?")
                .params(Timestamp.from(Instant.EPOCH), orderId.value()).update();
    }

    public void expireNow(OrderId orderId) {
        jdbc.sql("update reservation set expires_at = ? where order_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), orderId.value()).update();
    }
}
