package com.ecommerce.cart.messaging;

import com.ecommerce.cart.application.CartEditing;
import com.ecommerce.cart.config.CartProperties;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Empties a customer's cart once the order placed from it is confirmed. The inbox makes a
 * redelivered event a no-op, so items added after the first delivery survive a replay.
 */
@Component
class OrderEventListener {

    private final Inbox inbox;
    private final CartEditing editing;
    private final String consumer;

    OrderEventListener(Inbox inbox, CartEditing editing, CartProperties properties) {
        this.inbox = inbox;
        this.editing = editing;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.cart.topics.orders:order.events.v1}",
            groupId = "${ecommerce.cart.consumer-group:cart-service}")
    void on(Message event) {
        if (event instanceof OrderConfirmed confirmed && confirmed.getPlacedFromCart()) {
            CustomerId customer = CustomerId.of(confirmed.getCustomerId());
            inbox.receive(consumer, confirmed, () -> editing.clearAfterOrder(customer));
        }
    }
}
