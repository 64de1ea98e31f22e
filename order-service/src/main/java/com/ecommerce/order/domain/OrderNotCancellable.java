package com.ecommerce.order.domain;

/** The order left the warehouse (SHIPPED or DELIVERED): it can no longer be cancelled. */
public class OrderNotCancellable extends RuntimeException {

    private final OrderStatus status;

    public OrderNotCancellable(OrderStatus status) {
        super("An order that is " + status + " can no longer be cancelled.");
        this.status = status;
    }

    public OrderStatus status() {
        return status;
    }
}
