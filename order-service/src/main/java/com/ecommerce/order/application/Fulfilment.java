package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.messaging.OrderMessagePublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The warehouse's steps after confirmation, recorded by an administrator: ship, then deliver. */
@Service
public class Fulfilment {

    private final OrderRepository orders;
    private final OrderMessagePublisher publisher;
    private final Clock clock;

    Fulfilment(OrderRepository orders, OrderMessagePublisher publisher, Clock clock) {
        this.orders = orders;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public OrderView ship(OrderId id) {
        Order order = OrderAccess.locked(orders, id);
        Instant now = clock.instant();
        order.ship(now);
        publisher.publish(order, now);
        return OrderView.of(order);
    }

    @Transactional
    public OrderView deliver(OrderId id) {
        Order order = OrderAccess.locked(orders, id);
        Instant now = clock.instant();
        order.deliver(now);
        publisher.publish(order, now);
        return OrderView.of(order);
    }
}
