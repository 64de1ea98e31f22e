package com.ecommerce.inventory.messaging;

import java.time.Instant;
import java.util.UUID;

import com.ecommerce.events.inventory.v1.ConfirmStock;
import com.ecommerce.events.inventory.v1.ReleaseReason;
import com.ecommerce.events.inventory.v1.ReleaseStock;
import com.ecommerce.events.inventory.v1.ReserveStock;
import com.ecommerce.events.inventory.v1.StockLine;
import com.ecommerce.events.product.v1.ProductCreated;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;

/** Protobuf commands as the order saga sends them, each with a fresh event id. */
final class Commands {

    private Commands() {
    }

    static ReserveStock reserve(OrderId order, Object... productsAndQuantities) {
        ReserveStock.Builder command = ReserveStock.newBuilder().setEventId(eventId())
                .setOccurredAt(InventoryEventPublisher.timestamp(Instant.now())).setOrderId(order.value());
        for (int i = 0; i < productsAndQuantities.length; i += 2) {
            command.addLines(StockLine.newBuilder().setProductId(((ProductId) productsAndQuantities[i]).value())
                    .setQuantity((Integer) productsAndQuantities[i + 1]));
        }
        return command.build();
    }

    static ConfirmStock confirm(OrderId order) {
        return ConfirmStock.newBuilder().setEventId(eventId())
                .setOccurredAt(InventoryEventPublisher.timestamp(Instant.now())).setOrderId(order.value()).build();
    }

    static ReleaseStock release(OrderId order) {
        return ReleaseStock.newBuilder().setEventId(eventId())
                .setOccurredAt(InventoryEventPublisher.timestamp(Instant.now())).setOrderId(order.value())
                .setReason(ReleaseReason.PAYMENT_DECLINED).build();
    }

    static ProductCreated productCreated(ProductId product) {
        return ProductCreated.newBuilder().setEventId(eventId())
                .setOccurredAt(InventoryEventPublisher.timestamp(Instant.now())).setProductId(product.value())
                .setName("Test product").build();
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }
}
