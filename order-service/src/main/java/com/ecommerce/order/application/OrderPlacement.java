package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.ecommerce.order.domain.NewOrder;
import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.domain.SagaTimeouts;
import com.ecommerce.order.messaging.OrderMessagePublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a priced order and starts its saga in one transaction: the order, OrderPlaced,
 * ReserveStock and the Idempotency-Key's stored answer commit together or not at all.
 */
@Service
public class OrderPlacement {

    private final OrderRepository orders;
    private final OrderMessagePublisher publisher;
    private final IdempotencyKeys keys;
    private final SagaTimeouts timeouts;
    private final Clock clock;

    OrderPlacement(OrderRepository orders, OrderMessagePublisher publisher, IdempotencyKeys keys,
            SagaTimeouts timeouts, Clock clock) {
        this.orders = orders;
        this.publisher = publisher;
        this.keys = keys;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    @Transactional
    public OrderView place(NewOrder spec, Optional<IdempotencyKey> key) {
        Instant now = clock.instant();
        Order order = orders.save(Order.place(spec, timeouts, now));
        publisher.publish(order, now);
        OrderView view = OrderView.of(order);
        key.ifPresent(k -> keys.complete(k, view));
        return view;
    }
}
