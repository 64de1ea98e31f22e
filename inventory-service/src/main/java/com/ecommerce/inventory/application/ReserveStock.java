package com.ecommerce.inventory.application;

import java.util.List;

import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.OrderId;

/** Reserve every line of an order, all or nothing. Lines may repeat a product; they add up. */
public record ReserveStock(OrderId orderId, List<Demand.Line> lines) {

    public ReserveStock {
        if (orderId == null) {
            throw new IllegalArgumentException("an order id is required");
        }
        lines = List.copyOf(lines);
    }

    Demand demand() {
        return Demand.of(lines);
    }
}
