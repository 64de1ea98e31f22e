package com.ecommerce.payment.messaging;

import java.time.Instant;
import java.util.UUID;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.payment.v1.PaymentFailed;
import com.ecommerce.events.payment.v1.PaymentRefunded;
import com.ecommerce.events.payment.v1.PaymentSucceeded;
import com.ecommerce.events.payment.v1.PaymentVoided;
import com.ecommerce.events.payment.v1.RefundFailed;
import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.google.protobuf.Timestamp;

import org.springframework.stereotype.Component;

/**
 * Records the saga's replies in the outbox, inside the caller's transaction: they reach Kafka
 * only if the state they announce commits. Keyed by order id.
 */
@Component
public class PaymentEventPublisher {

    private final Outbox outbox;
    private final String topic;

    PaymentEventPublisher(Outbox outbox, PaymentProperties properties) {
        this.outbox = outbox;
        this.topic = properties.topics().events();
    }

    public void succeeded(Payment payment, Instant at) {
        record(payment.orderId(), PaymentSucceeded.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(payment.orderId().value()).setPaymentId(id(payment)).setAmount(money(payment))
                .setProvider(payment.details().provider())
                .setProviderReference(nullToEmpty(payment.details().providerReference())).build());
    }

    public void failed(Payment payment, Instant at) {
        PaymentFailed.Builder event = PaymentFailed.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(payment.orderId().value()).setPaymentId(id(payment))
                .setFailureCode(nullToEmpty(payment.details().failureCode()))
                .setFailureMessage(nullToEmpty(payment.details().failureMessage()));
        if (payment.amount() != null) {
            event.setAmount(money(payment));
        }
        record(payment.orderId(), event.build());
    }

    public void refunded(Payment payment, Instant at) {
        record(payment.orderId(), PaymentRefunded.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(payment.orderId().value()).setPaymentId(id(payment)).setAmount(money(payment)).build());
    }

    /** @param paymentId null when the order has no payment at all */
    public void refundFailed(OrderId orderId, Long paymentId, String code, String message, Instant at) {
        record(orderId, RefundFailed.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(orderId.value()).setPaymentId(paymentId == null ? "" : IdGenerator.encode(paymentId))
                .setFailureCode(code).setFailureMessage(nullToEmpty(message)).build());
    }

    public void voided(Payment payment, Instant at) {
        record(payment.orderId(), PaymentVoided.newBuilder().setEventId(eventId()).setOccurredAt(timestamp(at))
                .setOrderId(payment.orderId().value()).setPaymentId(id(payment)).build());
    }

    private void record(OrderId key, com.google.protobuf.Message event) {
        outbox.record(topic, key.value(), event);
    }

    private static String id(Payment payment) {
        return IdGenerator.encode(payment.id());
    }

    private static Money money(Payment payment) {
        return Money.newBuilder().setAmount(payment.amount().amount().toPlainString())
                .setCurrency(payment.amount().currency()).build();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String eventId() {
        return UUID.randomUUID().toString();
    }

    static Timestamp timestamp(Instant at) {
        return Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()).build();
    }
}
