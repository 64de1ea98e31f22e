package com.ecommerce.order.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.order.domain.CancellationReason;
import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderLine;
import com.ecommerce.order.domain.OrderStatus;
import com.ecommerce.order.domain.PaymentState;
import com.ecommerce.order.domain.SagaStep;

/**
 * An order as callers see it. Also the snapshot stored with an Idempotency-Key, so a replay
 * answers exactly what the first request answered.
 */
public record OrderView(String id, String orderNumber, String customerId, OrderStatus status,
        CancellationReason cancellationReason, String cancellationDetail, SagaStep sagaStep,
        PaymentState paymentState, BigDecimal totalAmount, String currency, String shippingName,
        String shippingAddress, String shippingPhone, boolean placedFromCart, List<Line> items,
        Instant placedAt, Instant updatedAt) {

    public record Line(String id, String productId, String productName, BigDecimal price, int quantity,
            BigDecimal subtotal) {
    }

    public static OrderView of(Order order) {
        String currency = order.total().currency();
        return new OrderView(order.id().text(), order.orderNumber(), order.customerId(), order.status(),
                order.cancellationReason(), order.cancellationDetail(), order.sagaStep(), order.paymentState(),
                order.total().amount(), currency, order.shipping().name(), order.shipping().address(),
                order.shipping().phone(), order.placedFromCart(),
                order.lines().stream().map(line -> line(line, currency)).toList(), order.placedAt(), order.updatedAt());
    }

    private static Line line(OrderLine line, String currency) {
        return new Line(com.ecommerce.defaults.id.IdGenerator.encode(line.id()), line.productId(), line.productName(),
                line.unitPrice(currency).amount(), line.quantity(), line.subtotal(currency).amount());
    }
}
