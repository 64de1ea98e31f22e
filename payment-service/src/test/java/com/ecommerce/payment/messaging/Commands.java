package com.ecommerce.payment.messaging;

import java.time.Instant;
import java.util.UUID;

import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.order.v1.CancellationReason;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.payment.v1.AuthorizePayment;
import com.ecommerce.events.payment.v1.PaymentMethod;
import com.ecommerce.events.payment.v1.RefundPayment;
import com.ecommerce.events.payment.v1.VoidPayment;
import com.ecommerce.payment.domain.OrderId;

/** Protobuf commands and order events as order-service sends them, each with a fresh event id. */
final class Commands {

    static final String CUSTOMER = "customer-1";

    private Commands() {
    }

    static AuthorizePayment authorize(OrderId order, String amount, String token) {
        return AuthorizePayment.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(order.value())
                .setCustomerId(CUSTOMER).setAmount(usd(amount)).setPaymentToken(token)
                .setMethod(PaymentMethod.CARD).build();
    }

    static RefundPayment refund(OrderId order, String amount) {
        return RefundPayment.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(order.value())
                .setAmount(usd(amount)).setReason("customer cancelled").build();
    }

    static VoidPayment voidPayment(OrderId order) {
        return VoidPayment.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(order.value())
                .setReason("deadline exceeded").build();
    }

    static OrderConfirmed confirmed(OrderId order, String total) {
        return OrderConfirmed.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(order.value())
                .setOrderNumber("N-" + order.value()).setCustomerId(CUSTOMER).setTotal(usd(total)).build();
    }

    static OrderCancelled cancelled(OrderId order) {
        return OrderCancelled.newBuilder().setEventId(eventId()).setOccurredAt(now()).setOrderId(order.value())
                .setOrderNumber("N-" + order.value()).setCustomerId(CUSTOMER)
                .setReason(CancellationReason.CUSTOMER_REQUEST).build();
    }

    static Money usd(String amount) {
        return Money.newBuilder().setAmount(amount).setCurrency("USD").build();
    }

    private static com.google.protobuf.Timestamp now() {
        return PaymentEventPublisher.timestamp(Instant.now());
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }
}
