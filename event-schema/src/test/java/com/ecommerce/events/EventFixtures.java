package com.ecommerce.events;

import com.ecommerce.events.common.v1.Money;
import com.ecommerce.events.inventory.v1.StockLine;
import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.events.order.v1.OrderLine;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.payment.v1.PaymentFailed;
import com.google.protobuf.Timestamp;

/** Named sample messages with every kind of field filled, so a lossy round trip shows. */
public final class EventFixtures {

    public static final String ORDER_ID = "0HZXEQ5Y8JY5Z";
    public static final Timestamp NOW = Timestamp.newBuilder().setSeconds(1_780_000_000L).setNanos(123_000).build();

    private EventFixtures() {
    }

    public static Money krw(String amount) {
        return Money.newBuilder().setAmount(amount).setCurrency("KRW").build();
    }

    public static OrderPlaced orderPlaced() {
        return OrderPlaced.newBuilder()
                .setEventId("5f0c6b8e-2f0a-4c55-9a43-1d5e2b7c9a10")
                .setOccurredAt(NOW)
                .setOrderId(ORDER_ID)
                .setOrderNumber("ORD-20260101-0001")
                .setCustomerId("0HZXEQ1AB2CD3")
                .addLines(OrderLine.newBuilder().setProductId("0HZXEP0PROD01").setProductName("Kettle")
                        .setQuantity(2).setUnitPrice(krw("19900.50")))
                .setTotal(krw("39801.00"))
                .setPlacedFromCart(true)
                .build();
    }

    public static StockReserved stockReserved() {
        return StockReserved.newBuilder()
                .setEventId("b1b7f0e4-7d0e-4a7a-8f3e-3c2d1e0f9a88")
                .setOccurredAt(NOW)
                .setOrderId(ORDER_ID)
                .setReservationId("0HZXEQ9RES001")
                .setExpiresAt(NOW.toBuilder().setSeconds(NOW.getSeconds() + 900))
                .addLines(StockLine.newBuilder().setProductId("0HZXEP0PROD01").setQuantity(2))
                .build();
    }

    public static PaymentFailed paymentFailed() {
        return PaymentFailed.newBuilder()
                .setEventId("3c9d2a71-5b8e-4f60-a1d2-7e6f5a4b3c21")
                .setOccurredAt(NOW)
                .setOrderId(ORDER_ID)
                .setPaymentId("0HZXEQ7PAY001")
                .setAmount(krw("39801.00"))
                .setFailureCode("card_declined")
                .setFailureMessage("Insufficient funds")
                .build();
    }
}
