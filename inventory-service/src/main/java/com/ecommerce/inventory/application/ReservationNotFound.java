package com.ecommerce.inventory.application;

import com.ecommerce.inventory.domain.OrderId;

/** A command names an order that never asked for a reservation here. */
public class ReservationNotFound extends RuntimeException {

    public ReservationNotFound(OrderId orderId) {
        super("No reservation for order " + orderId);
    }
}
