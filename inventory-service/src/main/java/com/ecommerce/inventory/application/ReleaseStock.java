package com.ecommerce.inventory.application;

import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ReleaseCause;

/** Give the order's stock back, held or sold. */
public record ReleaseStock(OrderId orderId, ReleaseCause cause) {

    public ReleaseStock {
        if (orderId == null || cause == null) {
            throw new IllegalArgumentException("an order id and a cause are required");
        }
    }
}
