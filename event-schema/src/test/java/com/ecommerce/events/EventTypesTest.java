package com.ecommerce.events;

import static com.ecommerce.events.EventFixtures.krw;
import static com.ecommerce.events.EventFixtures.orderPlaced;
import static com.ecommerce.events.EventFixtures.stockReserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.google.protobuf.InvalidProtocolBufferException;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void listsEveryMessageOfTheSchema() {
        assertThat(EventTypes.all()).containsExactlyInAnyOrder(
                "ecommerce.common.v1.Money",
                "ecommerce.product.v1.ProductCreated", "ecommerce.product.v1.ProductPriceChanged",
                "ecommerce.product.v1.ProductStatusChanged", "ecommerce.product.v1.ProductDeleted",
                "ecommerce.product.v1.ProductRevised",
                "ecommerce.order.v1.OrderLine", "ecommerce.order.v1.OrderPlaced", "ecommerce.order.v1.OrderConfirmed",
                "ecommerce.order.v1.OrderCancelled", "ecommerce.order.v1.OrderShipped",
                "ecommerce.order.v1.OrderDelivered",
                "ecommerce.inventory.v1.StockLine", "ecommerce.inventory.v1.ReserveStock",
                "ecommerce.inventory.v1.ConfirmStock", "ecommerce.inventory.v1.ReleaseStock",
                "ecommerce.inventory.v1.RejectedLine", "ecommerce.inventory.v1.StockReserved",
                "ecommerce.inventory.v1.StockRejected", "ecommerce.inventory.v1.StockConfirmed",
                "ecommerce.inventory.v1.StockReleased", "ecommerce.inventory.v1.ReservationExpired",
                "ecommerce.inventory.v1.StockLevelChanged",
                "ecommerce.payment.v1.AuthorizePayment", "ecommerce.payment.v1.RefundPayment",
                "ecommerce.payment.v1.VoidPayment", "ecommerce.payment.v1.PaymentSucceeded",
                "ecommerce.payment.v1.PaymentFailed", "ecommerce.payment.v1.PaymentRefunded",
                "ecommerce.payment.v1.RefundFailed", "ecommerce.payment.v1.PaymentVoided");
    }

    @Test
    void namesAMessageByItsFullProtobufName() {
        assertThat(EventTypes.typeName(orderPlaced())).isEqualTo("ecommerce.order.v1.OrderPlaced");
    }

    @Test
    void parsesBytesIntoTheGeneratedClassOfTheNamedType() throws InvalidProtocolBufferException {
        StockReserved sent = stockReserved();

        var received = EventTypes.parse("ecommerce.inventory.v1.StockReserved", sent.toByteArray());

        assertThat(received).isInstanceOf(StockReserved.class).isEqualTo(sent);
    }

    @Test
    void rejectsUnknownTypeName() {
        assertThatThrownBy(() -> EventTypes.parse("ecommerce.order.v1.OrderTeleported", new byte[0]))
                .isInstanceOf(UnknownMessageType.class)
                .hasMessageContaining("Unknown message type 'ecommerce.order.v1.OrderTeleported'");
    }

    @Test
    void readsTheEventId() {
        assertThat(EventTypes.eventId(orderPlaced())).isEqualTo("5f0c6b8e-2f0a-4c55-9a43-1d5e2b7c9a10");
        assertThat(EventTypes.hasEventId(orderPlaced())).isTrue();
    }

    @Test
    void rejectsEventIdOfMessageWithoutOne() {
        assertThat(EventTypes.hasEventId(krw("1.00"))).isFalse();
        assertThatThrownBy(() -> EventTypes.eventId(krw("1.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ecommerce.common.v1.Money has no string field 'event_id'");
    }

    @Test
    void rejectsEmptyEventId() {
        OrderPlaced withoutId = orderPlaced().toBuilder().clearEventId().build();

        assertThatThrownBy(() -> EventTypes.eventId(withoutId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ecommerce.order.v1.OrderPlaced has an empty event_id");
    }
}
