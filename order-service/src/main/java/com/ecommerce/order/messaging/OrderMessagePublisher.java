package com.ecommerce.order.messaging;

import java.time.Instant;
import java.util.UUID;

import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.order.v1.CancellationReason;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderDelivered;
import com.ecommerce.events.order.v1.OrderLine;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.order.v1.OrderShipped;
import com.ecommerce.order.application.CheckoutMetrics;
import com.ecommerce.order.config.OrderProperties;
import com.ecommerce.order.domain.Order;
import com.google.protobuf.Timestamp;

import org.springframework.stereotype.Component;

/**
 * Records what an order registered (its events and saga commands) in the outbox, inside the
 * caller's transaction: they reach Kafka only if the state change commits. Everything is keyed
 * by order id, so each participant sees one order's messages in the order they were recorded.
 */
@Component
public class OrderMessagePublisher {

    private final Outbox outbox;
    private final SagaCommandMapping commands;
    private final String orderEvents;
    private final CheckoutMetrics metrics;

    OrderMessagePublisher(Outbox outbox, OrderProperties properties, CheckoutMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
        this.commands = new SagaCommandMapping(properties.topics());
        this.orderEvents = properties.topics().orderEvents();
    }

    /** Drains the order's registered events and commands into the outbox. */
    public void publish(Order order, Instant at) {
        order.pullEvents().forEach(event -> {
            outbox.record(orderEvents, order.id().text(), event(order, event, at));
            metrics.on(order, event, at);
        });
        order.pullCommands().forEach(command -> {
            SagaCommandMapping.Mapped mapped = commands.map(order, command, at);
            outbox.record(mapped.topic(), order.id().text(), mapped.message());
        });
    }

    private static com.google.protobuf.Message event(Order order, Order.Event event, Instant at) {
        String id = order.id().text();
        return switch (event) {
            case Order.Placed placed -> placed(order, at);
            case Order.Confirmed confirmed -> OrderConfirmed.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                    .setOrderId(id).setOrderNumber(order.orderNumber()).setCustomerId(order.customerId())
                    .setTotal(money(order.total())).setPlacedFromCart(order.placedFromCart()).build();
            case Order.Cancelled cancelled -> OrderCancelled.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                    .setOrderId(id).setOrderNumber(order.orderNumber()).setCustomerId(order.customerId())
                    .setReason(CancellationReason.valueOf(cancelled.reason().name()))
                    .setDetail(cancelled.detail() == null ? "" : cancelled.detail()).build();
            case Order.Shipped shipped -> OrderShipped.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                    .setOrderId(id).setOrderNumber(order.orderNumber()).setCustomerId(order.customerId()).build();
            case Order.Delivered delivered -> OrderDelivered.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                    .setOrderId(id).setOrderNumber(order.orderNumber()).setCustomerId(order.customerId()).build();
        };
    }

    private static OrderPlaced placed(Order order, Instant at) {
        OrderPlaced.Builder placed = OrderPlaced.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(order.id().text()).setOrderNumber(order.orderNumber()).setCustomerId(order.customerId())
                .setTotal(money(order.total())).setPlacedFromCart(order.placedFromCart());
        String currency = order.total().currency();
        order.lines().forEach(line -> placed.addLines(OrderLine.newBuilder().setProductId(line.productId())
                .setProductName(line.productName()).setQuantity(line.quantity())
                .setUnitPrice(money(line.unitPrice(currency)))));
        return placed.build();
    }

    static Money money(com.ecommerce.order.domain.Money money) {
        return Money.newBuilder().setAmount(money.amount().toPlainString()).setCurrency(money.currency()).build();
    }

    static String eventId() {
        return UUID.randomUUID().toString();
    }

    static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
