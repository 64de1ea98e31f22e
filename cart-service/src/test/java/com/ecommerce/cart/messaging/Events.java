package com.ecommerce.cart.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.order.v1.CancellationReason;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderLine;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.product.v1.ProductCreated;
import com.ecommerce.events.product.v1.ProductPriceChanged;
import com.ecommerce.events.product.v1.ProductRevised;
import com.ecommerce.events.product.v1.ProductStatus;
import com.ecommerce.events.product.v1.ProductStatusChanged;
import com.google.protobuf.Timestamp;

/** Protobuf events as the catalog and the order service send them, each with a fresh event id. */
final class Events {

    private Events() {
    }

    static ProductCreated created(ProductId product, String price) {
        return ProductCreated.newBuilder().setEventId(eventId()).setOccurredAt(now()).setProductId(product.value())
                .setName("Lamp").setPrice(krw(price)).setOriginalPrice(krw(price)).setStatus(ProductStatus.ACTIVE)
                .build();
    }

    static ProductPriceChanged priceChanged(ProductId product, String price) {
        return ProductPriceChanged.newBuilder().setEventId(eventId()).setOccurredAt(now())
                .setProductId(product.value()).setPrice(krw(price)).setOriginalPrice(krw(price)).build();
    }

    static ProductRevised revised(ProductId product, String name) {
        return ProductRevised.newBuilder().setEventId(eventId()).setOccurredAt(now()).setProductId(product.value())
                .setName(name).setCategoryId("0C6JNH3N3B8G0").build();
    }

    static ProductStatusChanged statusChanged(ProductId product, ProductStatus status) {
        return ProductStatusChanged.newBuilder().setEventId(eventId()).setOccurredAt(now())
                .setProductId(product.value()).setStatus(status).setPreviousStatus(ProductStatus.ACTIVE).build();
    }

    static OrderConfirmed orderConfirmed(String orderId, CustomerId customer, boolean fromCart) {
        return OrderConfirmed.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(orderId)
                .setOrderNumber("ORD-" + orderId).setCustomerId(customer.value()).setTotal(krw("10.00"))
                .setPlacedFromCart(fromCart).build();
    }

    static OrderPlaced orderPlaced(String orderId, CustomerId customer, boolean fromCart,
            Map<ProductId, Integer> lines) {
        OrderPlaced.Builder placed = OrderPlaced.newBuilder().setEventId(eventId()).setOccurredAt(now())
                .setOrderId(orderId).setOrderNumber("ORD-" + orderId).setCustomerId(customer.value())
                .setTotal(krw("10.00")).setPlacedFromCart(fromCart);
        lines.forEach((product, quantity) -> placed.addLines(OrderLine.newBuilder().setProductId(product.value())
                .setProductName("Lamp").setQuantity(quantity).setUnitPrice(krw("10.00"))));
        return placed.build();
    }

    static OrderCancelled orderCancelled(String orderId, CustomerId customer) {
        return OrderCancelled.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(orderId)
                .setOrderNumber("ORD-" + orderId).setCustomerId(customer.value())
                .setReason(CancellationReason.CUSTOMER_REQUEST).build();
    }

    private static Money krw(String amount) {
        return Money.newBuilder().setAmount(amount).setCurrency("KRW").build();
    }

    private static Timestamp now() {
        Instant now = Instant.now();
        return Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()).build();
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }
}
