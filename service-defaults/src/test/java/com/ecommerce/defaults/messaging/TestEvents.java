package com.ecommerce.defaults.messaging;

import java.util.UUID;

import com.ecommerce.events.order.v1.OrderConfirmed;

/** Small, valid schema messages for messaging tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static OrderConfirmed orderConfirmed(String orderId) {
        return orderConfirmed(orderId, UUID.randomUUID().toString());
    }

    public static OrderConfirmed orderConfirmed(String orderId, String eventId) {
        return OrderConfirmed.newBuilder()
                .setEventId(eventId)
                .setOrderId(orderId)
                .setOrderNumber("ORD-" + orderId)
                .setCustomerId("customer-1")
                .build();
    }
}
