package com.ecommerce.order;

import java.time.Instant;
import java.util.UUID;

import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.inventory.v1.RejectedLine;
import com.ecommerce.events.inventory.v1.RejectionReason;
import com.ecommerce.events.inventory.v1.StockConfirmed;
import com.ecommerce.events.inventory.v1.StockRejected;
import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.events.payment.v1.PaymentFailed;
import com.ecommerce.events.payment.v1.PaymentSucceeded;
import com.google.protobuf.Timestamp;

/** Replies as inventory and payment send them, each with a fresh event id unless one is given. */
public final class Replies {

    private Replies() {
    }

    public static StockReserved stockReserved(String orderId) {
        return stockReserved(orderId, UUID.randomUUID().toString());
    }

    public static StockReserved stockReserved(String orderId, String eventId) {
        return StockReserved.newBuilder().setEventId(eventId).setOccurredAt(now()).setOrderId(orderId)
                .setReservationId("0RESERVATION1").setExpiresAt(Timestamp.newBuilder()
                        .setSeconds(Instant.now().plusSeconds(900).getEpochSecond())).build();
    }

    public static StockRejected stockRejected(String orderId, String productId) {
        return StockRejected.newBuilder().setEventId(id()).setOccurredAt(now()).setOrderId(orderId)
                .addLines(RejectedLine.newBuilder().setProductId(productId).setRequested(2).setAvailable(0)
                        .setReason(RejectionReason.INSUFFICIENT_STOCK)).build();
    }

    public static StockConfirmed stockConfirmed(String orderId) {
        return StockConfirmed.newBuilder().setEventId(id()).setOccurredAt(now()).setOrderId(orderId).build();
    }

    public static PaymentSucceeded paymentSucceeded(String orderId, String amount) {
        return PaymentSucceeded.newBuilder().setEventId(id()).setOccurredAt(now()).setOrderId(orderId)
                .setPaymentId("0PAYMENT00001").setAmount(Money.newBuilder().setAmount(amount).setCurrency("KRW"))
                .setProvider("simulator").setProviderReference("sim_1").build();
    }

    public static PaymentFailed paymentFailed(String orderId) {
        return PaymentFailed.newBuilder().setEventId(id()).setOccurredAt(now()).setOrderId(orderId)
                .setPaymentId("0PAYMENT00001").setFailureCode("card_declined")
                .setFailureMessage("Your card was declined.").build();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Timestamp now() {
        Instant now = Instant.now();
        return Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()).build();
    }
}
