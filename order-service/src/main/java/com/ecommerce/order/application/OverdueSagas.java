package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.domain.OrderSaga;
import com.ecommerce.order.messaging.OrderMessagePublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compensates pending orders whose step got no reply before its deadline, one per transaction. */
@Service
public class OverdueSagas {

    private final OrderRepository orders;
    private final OrderSaga saga;
    private final OrderMessagePublisher publisher;
    private final Clock clock;

    OverdueSagas(OrderRepository orders, OrderSaga saga, OrderMessagePublisher publisher, Clock clock) {
        this.orders = orders;
        this.saga = saga;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @return false when no pending order is past its deadline */
    @Transactional
    public boolean compensateNext() {
        Instant now = clock.instant();
        return orders.claimOverdue(now).map(order -> {
            saga.deadlinePassed(order, now);
            publisher.publish(order, now);
            return true;
        }).orElse(false);
    }
}
