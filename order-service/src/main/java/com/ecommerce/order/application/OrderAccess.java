package com.ecommerce.order.application;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderNotFound;
import com.ecommerce.order.domain.OrderRepository;

/** Finds an order for a caller: its owner or an admin; anyone else is told it does not exist. */
final class OrderAccess {

    private OrderAccess() {
    }

    static Order locked(OrderRepository orders, OrderId id, CurrentUser caller) {
        return orders.lock(id.value()).filter(order -> caller.mayAccess(order.customerId()))
                .orElseThrow(() -> new OrderNotFound(id.text()));
    }

    static Order locked(OrderRepository orders, OrderId id) {
        return orders.lock(id.value()).orElseThrow(() -> new OrderNotFound(id.text()));
    }
}
