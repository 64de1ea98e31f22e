package com.ecommerce.cart.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders placed from carts, remembered from their placement until they are confirmed or
 * cancelled. OrderConfirmed carries no lines, so the lines OrderPlaced announced are what a
 * confirmation takes out of the cart. An order is settled once; every later event about it finds
 * it settled and changes nothing, whatever its event id.
 */
@Component
public class CartOrders {

    private static final Logger log = LoggerFactory.getLogger(CartOrders.class);

    private final JdbcClient jdbc;

    CartOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open order placed from a cart and the items it took from it. */
    public record PlacedOrder(OrderId id, CustomerId customer, OrderedItems items) {
    }

    /**
     * Remembers what an order placed from the customer's cart took. An order known already (a
     * replayed OrderPlaced, or one whose confirmation came first) is left as it is.
     *
     * @return whether the order was new
     */
    public boolean remember(PlacedOrder order, Instant now) {
        int inserted = jdbc.sql("""
                insert into cart_order (order_id, customer_id, recorded_at) values (?, ?, ?)
                on conflict (order_id) do nothing""")
                .params(order.id().value(), order.customer().value(), Timestamp.from(now)).update();
        if (inserted == 0) {
            return false;
        }
        order.items().quantities().forEach((product, quantity) -> jdbc.sql(
                "insert into cart_order_line (order_id, product_id, quantity) values (?, ?, ?)")
                .params(order.id().value(), product.value(), quantity).update());
        return true;
    }

    /**
     * Settles an order as confirmed and hands out what it took, the first time only. A
     * confirmation of an order whose placement was never seen takes nothing (this service cannot
     * tell which items it covered) but is recorded, so a late placement is not remembered forever.
     *
     * @param customer the customer the confirmation names, used only for an order not seen before
     * @return the open order, or empty if it was settled already or never seen
     */
    public Optional<PlacedOrder> confirm(OrderId order, CustomerId customer, Instant now) {
        Optional<CustomerId> owner = settle(order, "CONFIRMED", now);
        if (owner.isEmpty()) {
            recordUnseen(order, customer, now);
            return Optional.empty();
        }
        return Optional.of(new PlacedOrder(order, owner.get(), takeLines(order)));
    }

    /** Settles an open order as cancelled: it took nothing, so nothing is to be removed later. */
    public void cancel(OrderId order, Instant now) {
        settle(order, "CANCELLED", now).ifPresent(owner -> takeLines(order));
    }

    /** Only an open order changes; the row lock makes concurrent settlements of one order take turns. */
    private Optional<CustomerId> settle(OrderId order, String outcome, Instant now) {
        return jdbc.sql("""
                update cart_order set outcome = ?, settled_at = ? where order_id = ? and outcome is null
                returning customer_id""")
                .params(outcome, Timestamp.from(now), order.value())
                .query((rs, row) -> CustomerId.of(rs.getString("customer_id"))).optional();
    }

    private OrderedItems takeLines(OrderId order) {
        OrderedItems.Builder items = new OrderedItems.Builder();
        jdbc.sql("delete from cart_order_line where order_id = ? returning product_id, quantity")
                .param(order.value())
                .query(rs -> {
                    items.add(ProductId.of(rs.getString("product_id")), rs.getInt("quantity"));
                });
        return items.build();
    }

    private void recordUnseen(OrderId order, CustomerId customer, Instant now) {
        int inserted = jdbc.sql("""
                insert into cart_order (order_id, customer_id, recorded_at, outcome, settled_at)
                values (?, ?, ?, 'CONFIRMED', ?) on conflict (order_id) do nothing""")
                .params(order.value(), customer.value(), Timestamp.from(now), Timestamp.from(now)).update();
        if (inserted == 1) {
            log.warn("Order {} was confirmed but its placement was never seen; the cart of {} is left as it is",
                    order, customer);
        }
    }
}
