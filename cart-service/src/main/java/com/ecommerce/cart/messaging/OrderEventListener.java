package com.ecommerce.cart.messaging;

import com.ecommerce.cart.application.CartCheckouts;
import com.ecommerce.cart.config.CartProperties;
import com.ecommerce.cart.domain.CartOrders.PlacedOrder;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.OrderId;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes a confirmed order's items out of the cart it was placed from. OrderConfirmed carries no
 * lines, so they are remembered from OrderPlaced; both are keyed by order id, so the placement
 * arrives first. The inbox skips redelivered events; the remembered order makes a second
 * confirmation (even with a new event id) a no-op.
 */
@Component
class OrderEventListener {

    private final Inbox inbox;
    private final CartCheckouts checkouts;
    private final String consumer;

    OrderEventListener(Inbox inbox, CartCheckouts checkouts, CartProperties properties) {
        this.inbox = inbox;
        this.checkouts = checkouts;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.cart.topics.orders:order.events.v1}",
            groupId = "${ecommerce.cart.consumer-group:cart-service}")
    void on(Message event) {
        switch (event) {
            case OrderPlaced e when e.getPlacedFromCart() -> {
                PlacedOrder order = OrderEventMapping.placed(e);
                inbox.receive(consumer, e, () -> checkouts.placed(order));
            }
            case OrderConfirmed e when e.getPlacedFromCart() -> {
                OrderId order = OrderId.of(e.getOrderId());
                CustomerId customer = CustomerId.of(e.getCustomerId());
                inbox.receive(consumer, e, () -> checkouts.confirmed(order, customer));
            }
            case OrderCancelled e -> {
                OrderId order = OrderId.of(e.getOrderId());
                inbox.receive(consumer, e, () -> checkouts.cancelled(order));
            }
            default -> {
                // Orders not placed from a cart, and later lifecycle events, do not concern carts.
            }
        }
    }
}
