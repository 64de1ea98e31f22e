package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderNotFound;
import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.domain.OrderSaga;
import com.ecommerce.order.domain.SagaReply;
import com.ecommerce.order.messaging.OrderMessagePublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the participants' replies to their orders. The order row is locked, so a reply, the
 * deadline sweeper and a customer's cancel never interleave on one order; the next commands go
 * to the outbox in the same transaction (which the inbox's processed-event row also joins).
 */
@Service
public class CheckoutSaga {

    private final OrderRepository orders;
    private final OrderSaga saga;
    private final OrderMessagePublisher publisher;
    private final Clock clock;

    CheckoutSaga(OrderRepository orders, OrderSaga saga, OrderMessagePublisher publisher, Clock clock) {
        this.orders = orders;
        this.saga = saga;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @return whether the reply moved the saga (false for a repeated or late reply)
     * @throws OrderNotFound for a reply about an order this service never placed
     */
    @Transactional
    public boolean handle(OrderId orderId, SagaReply reply) {
        Order order = orders.lock(orderId.value()).orElseThrow(() -> new OrderNotFound(orderId.text()));
        Instant now = clock.instant();
        boolean moved = saga.apply(order, reply, now);
        publisher.publish(order, now);
        return moved;
    }
}
