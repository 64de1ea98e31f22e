package com.ecommerce.order.application;

import java.time.Duration;
import java.time.Instant;

import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderStatus;
import com.ecommerce.order.domain.PaymentState;
import com.ecommerce.order.domain.SagaStep;

/**
 * A saga an operator should look at: how old it is, where it stands, what it last heard.
 *
 * @param overdue true when a pending step's deadline has passed and the sweeper has not compensated it yet
 */
public record StuckSaga(String orderId, String orderNumber, OrderStatus status, SagaStep sagaStep,
        PaymentState paymentState, Instant placedAt, long ageSeconds, Instant stepDeadline, boolean overdue,
        String lastMessage, Instant lastMessageAt) {

    static StuckSaga of(Order order, Instant now) {
        boolean pending = order.status() == OrderStatus.PENDING;
        return new StuckSaga(order.id().text(), order.orderNumber(), order.status(), order.sagaStep(),
                order.paymentState(), order.placedAt(), Duration.between(order.placedAt(), now).toSeconds(),
                pending ? order.stepDeadline() : null, pending && !now.isBefore(order.stepDeadline()),
                order.lastMessage(), order.lastMessageAt());
    }
}
