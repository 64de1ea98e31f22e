package com.ecommerce.inventory.domain;

/** Identifies the order a reservation belongs to (a TSID string issued by order-service). */
public record OrderId(String value) {

    public OrderId {
        Identifiers.require("order id", value);
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
