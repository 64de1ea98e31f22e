package com.ecommerce.order.messaging;

import java.util.Optional;

import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.order.application.CheckoutSaga;
import com.ecommerce.order.config.OrderProperties;
import com.ecommerce.order.domain.InvalidOrderId;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderNotFound;
import com.ecommerce.order.domain.SagaReply;
import com.ecommerce.order.domain.UnexpectedReply;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Replies of inventory and payment: decoded, deduplicated by the inbox, applied by
 * {@link CheckoutSaga}. Replies are keyed by order id, so one order's replies arrive in order.
 * A reply that can never apply (no such order, a step never asked for) goes to the dead-letter
 * topic at once, where an operator can look at it and re-drive it.
 */
@Component
class SagaReplyListener {

    private final Inbox inbox;
    private final CheckoutSaga saga;
    private final String consumer;

    SagaReplyListener(Inbox inbox, CheckoutSaga saga, OrderProperties properties) {
        this.inbox = inbox;
        this.saga = saga;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = {"${ecommerce.order.topics.inventory-events:inventory.events.v1}",
            "${ecommerce.order.topics.payment-events:payment.events.v1}"},
            groupId = "${ecommerce.order.consumer-group:order-service}",
            concurrency = "${ecommerce.order.reply-concurrency:3}")
    void on(Message message) {
        Optional<SagaReply> reply = ReplyMapping.reply(message);
        if (reply.isEmpty()) {
            return;
        }
        OrderId orderId = orderId(message);
        try {
            inbox.receive(consumer, message, () -> saga.handle(orderId, reply.get()));
        } catch (OrderNotFound | UnexpectedReply e) {
            throw new UnprocessableMessage(e.getMessage(), e);
        }
    }

    private static OrderId orderId(Message message) {
        try {
            return OrderId.of(ReplyMapping.orderId(message));
        } catch (InvalidOrderId e) {
            throw new UnprocessableMessage(e.getMessage(), e);
        }
    }
}
