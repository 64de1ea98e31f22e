package com.ecommerce.order.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Orders in every state the saga can leave them in, built by driving the real transitions. */
public final class OrderFixtures {

    public static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    public static final SagaTimeouts TIMEOUTS = new SagaTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofSeconds(30));
    public static final OrderSaga SAGA = new OrderSaga(TIMEOUTS);

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private OrderFixtures() {
    }

    public static Builder anOrder() {
        return new Builder();
    }

    /** A pending order whose saga waits in {@code step}; registered messages already drained. */
    public static Order inStep(SagaStep step) {
        Order order = anOrder().placed();
        if (step != SagaStep.RESERVING_STOCK) {
            SAGA.apply(order, new SagaReply.StockReserved(), NOW);
        }
        if (step == SagaStep.CONFIRMING_STOCK || step == SagaStep.COMPLETED) {
            SAGA.apply(order, new SagaReply.PaymentSucceeded(), NOW);
        }
        if (step == SagaStep.COMPLETED) {
            SAGA.apply(order, new SagaReply.StockConfirmed(), NOW);
        }
        return drained(order);
    }

    public static Order confirmed() {
        return inStep(SagaStep.COMPLETED);
    }

    public static Order shipped() {
        Order order = confirmed();
        order.ship(NOW);
        return drained(order);
    }

    /** Cancelled by its customer while the payment was being authorised: a VoidPayment is out. */
    public static Order cancelledWhilePaying() {
        Order order = inStep(SagaStep.AUTHORIZING_PAYMENT);
        SAGA.cancel(order, CancellationReason.CUSTOMER_REQUEST, NOW);
        return drained(order);
    }

    /** Cancelled after confirmation with the refund requested. */
    public static Order cancelledAfterConfirmation() {
        Order order = confirmed();
        SAGA.cancel(order, CancellationReason.CUSTOMER_REQUEST, NOW);
        return drained(order);
    }

    public static OrderLine line(String productId, String unitPrice, int quantity) {
        return new OrderLine(IDS.incrementAndGet(), productId, "Product " + productId, new BigDecimal(unitPrice), quantity);
    }

    private static Order drained(Order order) {
        order.pullCommands();
        order.pullEvents();
        return order;
    }

    public static final class Builder {

        private String customerId = "0CUSTOMER0001";
        private final List<OrderLine> lines = new ArrayList<>();
        private Payment payment = new Payment(PaymentMethod.CARD, "tok_visa");
        private boolean fromCart;

        public Builder customer(String id) {
            this.customerId = id;
            return this;
        }

        public Builder line(String productId, String unitPrice, int quantity) {
            lines.add(OrderFixtures.line(productId, unitPrice, quantity));
            return this;
        }

        public Builder payment(Payment payment) {
            this.payment = payment;
            return this;
        }

        public Builder fromCart() {
            this.fromCart = true;
            return this;
        }

        public NewOrder spec() {
            List<OrderLine> chosen = lines.isEmpty() ? List.of(OrderFixtures.line("0PRODUCT00001", "15000", 2)) : lines;
            return new NewOrder(new OrderId(IDS.incrementAndGet()), "ORD-20260110-ABCDEFGH", customerId, chosen,
                    new Shipping("Kim Minsu", "Seoul, Korea", "010-1234-5678"), payment, fromCart, "KRW");
        }

        public Order placed() {
            return Order.place(spec(), TIMEOUTS, NOW);
        }
    }
}
