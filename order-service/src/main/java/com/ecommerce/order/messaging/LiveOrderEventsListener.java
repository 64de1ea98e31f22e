package com.ecommerce.order.messaging;

import java.util.Optional;

import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderDelivered;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.order.v1.OrderShipped;
import com.ecommerce.order.application.OrderChanged;
import com.google.protobuf.Message;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every order event, on every instance: a customer's live stream may be connected to any
 * instance, while the saga step that changed the order ran on one of them. Each instance is the
 * only member of its own consumer group (a random id), starts at the end of the topic and never
 * commits (see LiveOrdersConfig): what it missed while down, a reconnecting client reads in its
 * stream's first events.
 */
@Component
class LiveOrderEventsListener {

    private static final Logger log = LoggerFactory.getLogger(LiveOrderEventsListener.class);

    private final ApplicationEventPublisher events;

    LiveOrderEventsListener(ApplicationEventPublisher events) {
        this.events = events;
    }

    @KafkaListener(id = "live-order-events", topics = "${ecommerce.order.topics.order-events:order.events.v1}",
            groupId = "order-service-live-${random.uuid}", containerFactory = "liveOrderEventsContainerFactory",
            properties = "auto.offset.reset=latest")
    void on(Message message) {
        changed(message).ifPresent(changed -> {
            try {
                events.publishEvent(changed);
            } catch (RuntimeException e) {
                // A stream that cannot be written to must not stop the others from being told.
                log.warn("Live order update for order {} failed: {}", changed.orderId(), e.toString());
            }
        });
    }

    /** The customer and order an event is about; empty for messages that are not order events. */
    static Optional<OrderChanged> changed(Message message) {
        return Optional.ofNullable(switch (message) {
            case OrderPlaced e -> new OrderChanged(e.getCustomerId(), e.getOrderId());
            case OrderConfirmed e -> new OrderChanged(e.getCustomerId(), e.getOrderId());
            case OrderCancelled e -> new OrderChanged(e.getCustomerId(), e.getOrderId());
            case OrderShipped e -> new OrderChanged(e.getCustomerId(), e.getOrderId());
            case OrderDelivered e -> new OrderChanged(e.getCustomerId(), e.getOrderId());
            default -> null;
        }).filter(changed -> !changed.customerId().isEmpty() && !changed.orderId().isEmpty());
    }
}
