package com.ecommerce.order.domain;

/** A fulfilment step the order's status does not allow (e.g. shipping a PENDING order). */
public class IllegalOrderTransition extends RuntimeException {

    private final OrderStatus status;
    private final String transition;

    public IllegalOrderTransition(OrderStatus status, String transition) {
        super("An order that is " + status + " cannot be " + transition + ".");
        this.status = status;
        this.transition = transition;
    }

    public OrderStatus status() {
        return status;
    }

    public String transition() {
        return transition;
    }
}
