package com.ecommerce.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * Given an order in some state, when something happens to it, expect its state and the
 * messages it registered: the saga's rules read as steps.
 */
final class SagaScenario {

    private final Order order;
    private Instant at = OrderFixtures.NOW;

    private SagaScenario(Order order) {
        this.order = order;
    }

    static SagaScenario given(Order order) {
        return new SagaScenario(order);
    }

    SagaScenario at(Instant instant) {
        this.at = instant;
        return this;
    }

    SagaScenario when(SagaReply reply) {
        OrderFixtures.SAGA.apply(order, reply, at);
        return this;
    }

    SagaScenario when(BiConsumer<Order, Instant> action) {
        action.accept(order, at);
        return this;
    }

    SagaScenario expectState(OrderStatus status, SagaStep step, PaymentState payment) {
        assertThat(order.status()).as("status").isEqualTo(status);
        assertThat(order.sagaStep()).as("saga step").isEqualTo(step);
        assertThat(order.paymentState()).as("payment").isEqualTo(payment);
        return this;
    }

    SagaScenario expectCancelled(CancellationReason reason) {
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancellationReason()).isEqualTo(reason);
        return this;
    }

    SagaScenario expectCommands(SagaCommand... commands) {
        assertThat(order.pullCommands()).as("commands").containsExactly(commands);
        return this;
    }

    SagaScenario expectNoCommands() {
        assertThat(order.pullCommands()).as("commands").isEmpty();
        return this;
    }

    SagaScenario expectEvents(Order.Event... events) {
        assertThat(order.pullEvents()).as("events").containsExactly(events);
        return this;
    }

    SagaScenario expectNoEvents() {
        assertThat(order.pullEvents()).as("events").isEmpty();
        return this;
    }

    /** One OrderCancelled with this reason (its free-text detail is for people). */
    SagaScenario expectCancelledEvent(CancellationReason reason) {
        assertThat(order.pullEvents()).as("events").singleElement().isInstanceOfSatisfying(Order.Cancelled.class,
                cancelled -> assertThat(cancelled.reason()).isEqualTo(reason));
        return this;
    }

    Order order() {
        return order;
    }
}
