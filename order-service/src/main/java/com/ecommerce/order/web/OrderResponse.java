package com.ecommerce.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.order.application.OrderView;

/**
 * An order in the seed's client shape ({@code id}, {@code userId}, {@code items[].price},
 * {@code totalAmount}, {@code orderedAt}) plus the saga's state. Every id is a string.
 */
record OrderResponse(String id, String orderNumber, String userId, String status, String cancellationReason,
        String cancellationDetail, String sagaStep, String paymentStatus, BigDecimal totalAmount, String currency,
        String shippingName, String shippingAddress, String shippingPhone, boolean placedFromCart,
        List<Item> items, Instant orderedAt, Instant createdAt, Instant updatedAt) {

    record Item(String id, String productId, String productName, BigDecimal price, int quantity,
            BigDecimal subtotal) {
    }

    static OrderResponse of(OrderView view) {
        return new OrderResponse(view.id(), view.orderNumber(), view.customerId(), view.status().name(),
                view.cancellationReason() == null ? null : view.cancellationReason().name(), view.cancellationDetail(),
                view.sagaStep().name(), view.paymentState().name(), view.totalAmount(), view.currency(),
                view.shippingName(), view.shippingAddress(), view.shippingPhone(), view.placedFromCart(),
                view.items().stream().map(l -> new Item(l.id(), l.productId(), l.productName(), l.price(),
                        l.quantity(), l.subtotal())).toList(),
                view.placedAt(), view.placedAt(), view.updatedAt());
    }

    static List<OrderResponse> of(List<OrderView> views) {
        return views.stream().map(OrderResponse::of).toList();
    }
}
