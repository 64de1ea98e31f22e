package com.ecommerce.inventory.application;

import com.ecommerce.inventory.domain.OrderId;

/** Turn the order's reservation into a sale. */
public record ConfirmStock(OrderId orderId) {

    public ConfirmStock {
        if (orderId == null) {
            throw new IllegalArgumentException("an order id is required");
        }
    }
}
