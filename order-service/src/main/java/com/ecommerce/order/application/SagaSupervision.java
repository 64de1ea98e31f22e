package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderRepository;
import com.ecommerce.order.domain.OrderSaga;
import com.ecommerce.order.domain.PaymentState;
import com.ecommerce.order.messaging.OrderMessagePublisher;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operators' view of late or stuck sagas, and their levers: retry the pending step (or a
 * failed refund), or compensate (cancel, or repeat a cancelled order's compensations).
 */
@Service
public class SagaSupervision {

    /** Money a finished saga still waits to see settled. */
    private static final EnumSet<PaymentState> AWAITING_SETTLEMENT =
            EnumSet.of(PaymentState.VOID_REQUESTED, PaymentState.REFUND_REQUESTED, PaymentState.REFUND_FAILED);

    private final OrderRepository orders;
    private final OrderSaga saga;
    private final OrderMessagePublisher publisher;
    private final Clock clock;

    SagaSupervision(OrderRepository orders, OrderSaga saga, OrderMessagePublisher publisher, Clock clock) {
        this.orders = orders;
        this.saga = saga;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Pending sagas older than {@code olderThan}, and finished ones whose money is unsettled that long. */
    @Transactional(readOnly = true)
    public List<StuckSaga> stuck(Duration olderThan, int limit) {
        Instant now = clock.instant();
        Instant before = now.minus(olderThan);
        return orders.findStuck(before, before, AWAITING_SETTLEMENT, PageRequest.of(0, limit)).stream()
                .map(order -> StuckSaga.of(order, now)).toList();
    }

    @Transactional
    public OrderView retry(OrderId id) {
        Order order = OrderAccess.locked(orders, id);
        Instant now = clock.instant();
        saga.retry(order, now);
        publisher.publish(order, now);
        return OrderView.of(order);
    }

    @Transactional
    public OrderView compensate(OrderId id) {
        Order order = OrderAccess.locked(orders, id);
        Instant now = clock.instant();
        saga.compensate(order, now);
        publisher.publish(order, now);
        return OrderView.of(order);
    }
}
