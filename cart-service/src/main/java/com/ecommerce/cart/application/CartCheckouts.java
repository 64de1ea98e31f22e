package com.ecommerce.cart.application;

import java.time.Instant;

import com.ecommerce.cart.domain.CartOrders;
import com.ecommerce.cart.domain.CartOrders.PlacedOrder;
import com.ecommerce.cart.domain.CartRepository;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.OrderId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a cart when an order is placed from it: the order's lines are remembered when
 * it is placed, and taken out of the cart when it is confirmed, once per order. Items the
 * customer added after placing the order stay in the cart.
 */
@Service
public class CartCheckouts {

    private final CartOrders orders;
    private final CartRepository carts;
    private final CartSettings settings;

    CartCheckouts(CartOrders orders, CartRepository carts, CartSettings settings) {
        this.orders = orders;
        this.carts = carts;
        this.settings = settings;
    }

    /** @return whether the order was new (a replayed placement changes nothing) */
    @Transactional
    public boolean placed(PlacedOrder order) {
        return orders.remember(order, now());
    }

    /**
     * Takes the confirmed order's items out of the cart it was placed from. A second confirmation
     * of the same order, or one of an order never seen placed, takes nothing.
     *
     * @param customer the customer the confirmation names (the remembered one is used if known)
     * @return whether the cart changed
     */
    @Transactional
    public boolean confirmed(OrderId order, CustomerId customer) {
        Instant now = now();
        return orders.confirm(order, customer, now)
                .flatMap(placed -> carts.lockByCustomer(placed.customer().value())
                        .map(cart -> cart.take(placed.items(), now)))
                .orElse(false);
    }

    /** A cancelled order took nothing: its lines are forgotten and the cart keeps everything. */
    @Transactional
    public void cancelled(OrderId order) {
        orders.cancel(order, now());
    }

    private Instant now() {
        return settings.clock().instant();
    }
}
