package com.ecommerce.inventory.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.events.inventory.v1.RejectedLine;
import com.ecommerce.events.inventory.v1.RejectionReason;
import com.ecommerce.events.inventory.v1.ReleaseReason;
import com.ecommerce.events.inventory.v1.ReservationExpired;
import com.ecommerce.events.inventory.v1.StockConfirmed;
import com.ecommerce.events.inventory.v1.StockLevelChanged;
import com.ecommerce.events.inventory.v1.StockLine;
import com.ecommerce.events.inventory.v1.StockRejected;
import com.ecommerce.events.inventory.v1.StockReleased;
import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReleaseCause;
import com.ecommerce.inventory.domain.Reservation;
import com.ecommerce.inventory.domain.ReservationLine;
import com.google.protobuf.Timestamp;

import org.springframework.stereotype.Component;

/**
 * Records the service's replies and stock-level events in the outbox, inside the caller's
 * transaction: they reach Kafka only if the state change commits. Saga replies are keyed by
 * order id, stock levels by product id.
 */
@Component
public class InventoryEventPublisher {

    private final Outbox outbox;
    private final String topic;

    InventoryEventPublisher(Outbox outbox, InventoryProperties properties) {
        this.outbox = outbox;
        this.topic = properties.topics().events();
    }

    public void stockReserved(Reservation reservation, Instant at) {
        StockReserved.Builder event = StockReserved.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(reservation.orderId().value())
                .setReservationId(IdGenerator.encode(reservation.id()))
                .setExpiresAt(timestamp(reservation.expiresAt()));
        reservation.lines().forEach(l -> event.addLines(
                StockLine.newBuilder().setProductId(l.productId()).setQuantity(l.quantity())));
        outbox.record(topic, reservation.orderId().value(), event.build());
    }

    public void stockRejected(OrderId orderId, List<ReservationLine> rejectedLines, Instant at) {
        StockRejected.Builder event = StockRejected.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(orderId.value());
        rejectedLines.forEach(l -> event.addLines(RejectedLine.newBuilder().setProductId(l.productId())
                .setRequested(l.quantity()).setAvailable(l.availableSeen() == null ? 0 : l.availableSeen())
                .setReason(RejectionReason.valueOf(l.rejection().name()))));
        outbox.record(topic, orderId.value(), event.build());
    }

    public void stockConfirmed(OrderId orderId, Instant at) {
        outbox.record(topic, orderId.value(), StockConfirmed.newBuilder().setEventId(eventId())
                .setOccurredAt(timestamp(at)).setOrderId(orderId.value()).build());
    }

    public void stockReleased(OrderId orderId, ReleaseCause cause, Instant at) {
        outbox.record(topic, orderId.value(), StockReleased.newBuilder().setEventId(eventId())
                .setOccurredAt(timestamp(at)).setOrderId(orderId.value())
                .setReason(ReleaseReason.valueOf(cause.name())).build());
    }

    public void reservationExpired(Reservation reservation, Instant at) {
        outbox.record(topic, reservation.orderId().value(), ReservationExpired.newBuilder().setEventId(eventId())
                .setOccurredAt(timestamp(at)).setOrderId(reservation.orderId().value())
                .setReservationId(IdGenerator.encode(reservation.id())).build());
    }

    public void stockLevelChanged(ProductId productId, Levels levels, Instant at) {
        outbox.record(topic, productId.value(), StockLevelChanged.newBuilder().setEventId(eventId())
                .setOccurredAt(timestamp(at)).setProductId(productId.value())
                .setAvailable(levels.available()).setReserved(levels.reserved()).build());
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }

    static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
