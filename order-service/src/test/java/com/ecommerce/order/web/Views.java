package com.ecommerce.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.order.application.OrderView;
import com.ecommerce.order.domain.CancellationReason;
import com.ecommerce.order.domain.OrderStatus;
import com.ecommerce.order.domain.PaymentState;
import com.ecommerce.order.domain.SagaStep;

/** Order views as the use cases answer them, for controller slices. */
final class Views {

    static final String ORDER_ID = "0KZ3F9Q1A2B3C";
    static final String CUSTOMER = "0CUSTOMER0001";
    static final Instant PLACED = Instant.parse("2026-01-10T10:00:00Z");

    private Views() {
    }

    static OrderView pending() {
        return view(OrderStatus.PENDING, null, SagaStep.RESERVING_STOCK, PaymentState.NONE);
    }

    static OrderView confirmed() {
        return view(OrderStatus.CONFIRMED, null, SagaStep.COMPLETED, PaymentState.CAPTURED);
    }

    static OrderView cancelled() {
        return view(OrderStatus.CANCELLED, CancellationReason.CUSTOMER_REQUEST, SagaStep.COMPLETED,
                PaymentState.REFUND_REQUESTED);
    }

    static OrderView view(OrderStatus status, CancellationReason reason, SagaStep step, PaymentState payment) {
        return new OrderView(ORDER_ID, "ORD-20260110-ABCDEFGH", CUSTOMER, status, reason, null, step, payment,
                new BigDecimal("30000.00"), "KRW", "Kim Minsu", "Seoul, Korea", "010-1234-5678", false,
                List.of(new OrderView.Line("0LINE00000001", "0PRODUCT00001", "Laptop", new BigDecimal("15000.00"), 2,
                        new BigDecimal("30000.00"))),
                PLACED, PLACED);
    }
}
