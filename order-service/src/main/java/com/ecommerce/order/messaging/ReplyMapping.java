package com.ecommerce.order.messaging;

import java.util.Optional;
import java.util.stream.Collectors;

import com.ecommerce.events.inventory.v1.ReservationExpired;
import com.ecommerce.events.inventory.v1.StockConfirmed;
import com.ecommerce.events.inventory.v1.StockRejected;
import com.ecommerce.events.inventory.v1.StockReleased;
import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.events.payment.v1.PaymentFailed;
import com.ecommerce.events.payment.v1.PaymentRefunded;
import com.ecommerce.events.payment.v1.PaymentSucceeded;
import com.ecommerce.events.payment.v1.PaymentVoided;
import com.ecommerce.events.payment.v1.RefundFailed;
import com.ecommerce.order.domain.SagaReply;
import com.google.protobuf.Message;

/** Protobuf replies of inventory and payment to the saga's {@link SagaReply}; other messages are not replies. */
final class ReplyMapping {

    private ReplyMapping() {
    }

    /** @return the reply, or empty for messages on the reply topics that are not saga replies (stock levels) */
    static Optional<SagaReply> reply(Message message) {
        return Optional.ofNullable(switch (message) {
            case StockReserved m -> new SagaReply.StockReserved();
            case StockRejected m -> new SagaReply.StockRejected(m.getLinesList().stream()
                    .map(l -> l.getProductId() + ": " + l.getReason() + " (requested " + l.getRequested()
                            + ", available " + l.getAvailable() + ")")
                    .collect(Collectors.joining("; ", "Not enough stock: ", "")));
            case StockConfirmed m -> new SagaReply.StockConfirmed();
            case StockReleased m -> new SagaReply.StockReleased();
            case ReservationExpired m -> new SagaReply.ReservationExpired();
            case PaymentSucceeded m -> new SagaReply.PaymentSucceeded();
            case PaymentFailed m -> new SagaReply.PaymentFailed(m.getFailureCode() + ": " + m.getFailureMessage());
            case PaymentVoided m -> new SagaReply.PaymentVoided();
            case PaymentRefunded m -> new SagaReply.PaymentRefunded();
            case RefundFailed m -> new SagaReply.RefundFailed(m.getFailureCode() + ": " + m.getFailureMessage());
            default -> null;
        });
    }

    /** The saga's order id, which every reply carries (field 3). */
    static String orderId(Message message) {
        var field = message.getDescriptorForType().findFieldByName("order_id");
        return field == null ? "" : (String) message.getField(field);
    }
}
