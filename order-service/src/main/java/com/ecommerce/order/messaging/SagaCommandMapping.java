package com.ecommerce.order.messaging;

import static com.ecommerce.order.messaging.OrderMessagePublisher.eventId;
import static com.ecommerce.order.messaging.OrderMessagePublisher.money;
import static com.ecommerce.order.messaging.OrderMessagePublisher.timestamp;

import java.time.Instant;

import com.ecommerce.events.inventory.v1.ConfirmStock;
import com.ecommerce.events.inventory.v1.ReleaseReason;
import com.ecommerce.events.inventory.v1.ReleaseStock;
import com.ecommerce.events.inventory.v1.ReserveStock;
import com.ecommerce.events.inventory.v1.StockLine;
import com.ecommerce.events.payment.v1.AuthorizePayment;
import com.ecommerce.events.payment.v1.PaymentMethod;
import com.ecommerce.events.payment.v1.RefundPayment;
import com.ecommerce.events.payment.v1.VoidPayment;
import com.ecommerce.order.config.OrderProperties;
import com.ecommerce.order.domain.CancellationReason;
import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.SagaCommand;
import com.google.protobuf.Message;

/** The saga's commands as the event schema's Protobuf messages, each with its topic. */
final class SagaCommandMapping {

    record Mapped(String topic, Message message) {
    }

    private final OrderProperties.Topics topics;

    SagaCommandMapping(OrderProperties.Topics topics) {
        this.topics = topics;
    }

    Mapped map(Order order, SagaCommand command, Instant at) {
        String id = order.id().text();
        return switch (command) {
            case SagaCommand.ReserveStock reserve -> {
                ReserveStock.Builder message = ReserveStock.newBuilder().setEventId(eventId())
                        .setOccurredAt(timestamp(at)).setOrderId(id);
                reserve.lines().forEach(line -> message.addLines(
                        StockLine.newBuilder().setProductId(line.productId()).setQuantity(line.quantity())));
                yield new Mapped(topics.inventoryCommands(), message.build());
            }
            case SagaCommand.ConfirmStock confirm -> new Mapped(topics.inventoryCommands(), ConfirmStock.newBuilder()
                    .setEventId(eventId()).setOccurredAt(timestamp(at)).setOrderId(id).build());
            case SagaCommand.ReleaseStock release -> new Mapped(topics.inventoryCommands(), ReleaseStock.newBuilder()
                    .setEventId(eventId()).setOccurredAt(timestamp(at)).setOrderId(id)
                    .setReason(releaseReason(release.reason())).build());
            case SagaCommand.AuthorizePayment pay -> new Mapped(topics.paymentCommands(), AuthorizePayment.newBuilder()
                    .setEventId(eventId()).setOccurredAt(timestamp(at)).setOrderId(id)
                    .setCustomerId(order.customerId()).setAmount(money(pay.amount()))
                    .setPaymentToken(pay.payment().token())
                    .setMethod(PaymentMethod.valueOf(pay.payment().method().name())).build());
            case SagaCommand.RefundPayment refund -> new Mapped(topics.paymentCommands(), RefundPayment.newBuilder()
                    .setEventId(eventId()).setOccurredAt(timestamp(at)).setOrderId(id)
                    .setAmount(money(refund.amount())).setReason(refund.reason()).build());
            case SagaCommand.VoidPayment voided -> new Mapped(topics.paymentCommands(), VoidPayment.newBuilder()
                    .setEventId(eventId()).setOccurredAt(timestamp(at)).setOrderId(id)
                    .setReason(voided.reason()).build());
        };
    }

    /** Only reasons that may hold stock are ever released (see CancellationReason#mayHoldStock). */
    private static ReleaseReason releaseReason(CancellationReason reason) {
        return switch (reason) {
            case PAYMENT_DECLINED -> ReleaseReason.PAYMENT_DECLINED;
            case CUSTOMER_REQUEST -> ReleaseReason.CUSTOMER_REQUEST;
            case DEADLINE_EXCEEDED -> ReleaseReason.DEADLINE_EXCEEDED;
            case ADMIN, OUT_OF_STOCK, RESERVATION_EXPIRED -> ReleaseReason.ADMIN;
        };
    }
}
