package com.ecommerce.payment.messaging;

import java.time.Instant;

import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.payment.application.OrderViews;
import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.OrderId;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the local view of order outcomes that reconciliation needs; other order events do not concern payments. */
@Component
class OrderEventListener {

    private final Inbox inbox;
    private final OrderViews orders;
    private final String consumer;

    OrderEventListener(Inbox inbox, OrderViews orders, PaymentProperties properties) {
        this.inbox = inbox;
        this.orders = orders;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.payments.topics.orders:order.events.v1}",
            groupId = "${ecommerce.payments.consumer-group:payment-service}")
    void on(Message event) {
        switch (event) {
            case OrderConfirmed confirmed -> {
                OrderId orderId = OrderId.of(confirmed.getOrderId());
                var total = confirmed.hasTotal() ? CommandMapping.money(confirmed.getTotal()) : null;
                inbox.receive(consumer, event, () -> orders.confirmed(orderId, confirmed.getCustomerId(), total,
                        instant(confirmed.getOccurredAt())));
            }
            case OrderCancelled cancelled -> {
                OrderId orderId = OrderId.of(cancelled.getOrderId());
                inbox.receive(consumer, event, () -> orders.cancelled(orderId, cancelled.getCustomerId(),
                        instant(cancelled.getOccurredAt())));
            }
            default -> { }
        }
    }

    /** An event without a time is dated on arrival, so the reconciliation's grace period still applies. */
    private static Instant instant(Timestamp at) {
        return at.getSeconds() == 0 ? Instant.now() : Instant.ofEpochSecond(at.getSeconds(), at.getNanos());
    }
}
