package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.order.domain.CancellationReason;
import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.domain.OrderSaga;
import com.ecommerce.order.messaging.OrderMessagePublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels an order on request: a pending one is compensated, a confirmed one restocked and
 * refunded; a shipped one refuses. Cancelling a cancelled order answers it unchanged.
 */
@Service
public class OrderCancellation {

    private final OrderRepository orders;
    private final OrderSaga saga;
    private final OrderMessagePublisher publisher;
    private final Clock clock;

    OrderCancellation(OrderRepository orders, OrderSaga saga, OrderMessagePublisher publisher, Clock clock) {
        this.orders = orders;
        this.saga = saga;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public OrderView cancel(OrderId id, CurrentUser caller) {
        Order order = OrderAccess.locked(orders, id, caller);
        CancellationReason reason = caller.id().equals(order.customerId())
                ? CancellationReason.CUSTOMER_REQUEST : CancellationReason.ADMIN;
        Instant now = clock.instant();
        saga.cancel(order, reason, now);
        publisher.publish(order, now);
        return OrderView.of(order);
    }
}
