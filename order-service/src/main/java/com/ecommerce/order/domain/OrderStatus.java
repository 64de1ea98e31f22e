package com.ecommerce.order.domain;

/** The seed's order statuses; PENDING while the checkout saga runs. */
public enum OrderStatus {
    PENDING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED
}
