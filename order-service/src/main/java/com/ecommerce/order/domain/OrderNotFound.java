package com.ecommerce.order.domain;

/** No such order, or not one the caller may see (the same answer, so ids of others leak nothing). */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(String orderId) {
        super("No order " + orderId + ".");
    }
}
