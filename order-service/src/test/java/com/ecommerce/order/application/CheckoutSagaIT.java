package com.ecommerce.order.application;

import static com.ecommerce.order.KafkaProbe.WITHIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.ecommerce.events.inventory.v1.ConfirmStock;
import com.ecommerce.events.inventory.v1.ReleaseReason;
import com.ecommerce.events.inventory.v1.ReleaseStock;
import com.ecommerce.events.inventory.v1.ReserveStock;
import com.ecommerce.events.order.v1.CancellationReason;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.payment.v1.AuthorizePayment;
import com.ecommerce.events.payment.v1.RefundPayment;
import com.ecommerce.events.payment.v1.VoidPayment;
import com.ecommerce.order.Api;
import com.ecommerce.order.Api.Customer;
import com.ecommerce.order.KafkaProbe;
import com.ecommerce.order.MovableClock;
import com.ecommerce.order.OrderIT;
import com.ecommerce.order.Replies;
import com.ecommerce.order.StubServices;
import com.google.protobuf.Message;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The saga through the broker: commands read from the command topics, fake replies published on the reply topics. */
@OrderIT
class CheckoutSagaIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    Api api;
    KafkaProbe sent;
    Customer customer;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        sent = new KafkaProbe(OrderIT.INVENTORY_COMMANDS, OrderIT.PAYMENT_COMMANDS, OrderIT.ORDER_EVENTS);
        customer = Customer.fresh();
    }

    @AfterEach
    void close() {
        sent.close();
    }

    @Test
    void reservesChargesAndConfirmsAnOrderPricedByTheCatalog() {
        String id = placeLaptops(2);
        ReserveStock reserve = sent.await(id, ReserveStock.class);
        assertThat(reserve.getLinesList()).singleElement()
                .satisfies(l -> assertThat(l.getProductId() + "x" + l.getQuantity()).isEqualTo(StubServices.LAPTOP + "x2"));
        assertThat(sent.await(id, OrderPlaced.class).getTotal().getAmount()).isEqualTo("30000.00");

        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id));
        AuthorizePayment pay = sent.await(id, AuthorizePayment.class);
        assertThat(pay.getAmount().getAmount() + " " + pay.getAmount().getCurrency()).isEqualTo("30000.00 KRW");
        assertThat(pay.getCustomerId()).isEqualTo(customer.id());

        reply(OrderIT.PAYMENT_EVENTS, id, Replies.paymentSucceeded(id, "30000.00"));
        sent.await(id, ConfirmStock.class);
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockConfirmed(id));

        awaitStatus(id, "CONFIRMED");
        assertThat(sent.await(id, OrderConfirmed.class).getPlacedFromCart()).isFalse();
    }

    @Test
    void aDeclinedPaymentReleasesTheStockAndCancels() {
        String id = placeLaptops(1);
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id));
        sent.await(id, AuthorizePayment.class);

        reply(OrderIT.PAYMENT_EVENTS, id, Replies.paymentFailed(id));

        assertThat(sent.await(id, ReleaseStock.class).getReason()).isEqualTo(ReleaseReason.PAYMENT_DECLINED);
        assertThat(sent.await(id, OrderCancelled.class).getReason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
        assertThat(awaitStatus(id, "CANCELLED").get("cancellationReason").asString()).isEqualTo("PAYMENT_DECLINED");
    }

    @Test
    void rejectedStockCancelsWithoutReleasingAnything() {
        String id = placeLaptops(2);
        sent.await(id, ReserveStock.class);

        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockRejected(id, StubServices.LAPTOP));

        assertThat(sent.await(id, OrderCancelled.class).getReason()).isEqualTo(CancellationReason.OUT_OF_STOCK);
        assertThat(awaitStatus(id, "CANCELLED").get("cancellationReason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(sent.messages(id, ReleaseStock.class)).isEmpty();
    }

    @Test
    void duplicateRepliesChargeOnce() {
        String id = placeLaptops(1);
        String eventId = java.util.UUID.randomUUID().toString();
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id, eventId));
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id, eventId));
        var answeredAgain = Replies.stockReserved(id);
        reply(OrderIT.INVENTORY_EVENTS, id, answeredAgain);

        sent.await(id, AuthorizePayment.class);
        await().atMost(WITHIN).until(() -> processed(answeredAgain.getEventId()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> sent.messages(id, AuthorizePayment.class).size() == 1);
    }

    @Test
    void aStepWithoutReplyIsCompensatedAtItsDeadline() {
        String id = placeLaptops(1);
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id));
        sent.await(id, AuthorizePayment.class);

        clock.advance(Duration.ofSeconds(61));

        assertThat(sent.await(id, ReleaseStock.class).getReason()).isEqualTo(ReleaseReason.DEADLINE_EXCEEDED);
        sent.await(id, VoidPayment.class);
        assertThat(awaitStatus(id, "CANCELLED").get("cancellationReason").asString()).isEqualTo("DEADLINE_EXCEEDED");
    }

    @Test
    void aCaptureArrivingAfterTheCustomerCancelledIsRefunded() {
        String id = placeLaptops(1);
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id));
        sent.await(id, AuthorizePayment.class);
        assertThat(api.cancel(customer, id)).hasStatusOk();
        sent.await(id, VoidPayment.class);

        reply(OrderIT.PAYMENT_EVENTS, id, Replies.paymentSucceeded(id, "15000.00"));

        assertThat(sent.await(id, RefundPayment.class).getAmount().getAmount()).isEqualTo("15000.00");
        assertThat(api.order(customer, id).get("paymentStatus").asString()).isEqualTo("REFUND_REQUESTED");
    }

    @Test
    void cancellingAConfirmedOrderRestocksAndRefunds() {
        String id = placeLaptops(1);
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockReserved(id));
        sent.await(id, AuthorizePayment.class);
        reply(OrderIT.PAYMENT_EVENTS, id, Replies.paymentSucceeded(id, "15000.00"));
        sent.await(id, ConfirmStock.class);
        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockConfirmed(id));
        awaitStatus(id, "CONFIRMED");

        assertThat(api.cancel(customer, id)).hasStatusOk();

        assertThat(sent.await(id, ReleaseStock.class).getReason()).isEqualTo(ReleaseReason.CUSTOMER_REQUEST);
        assertThat(sent.await(id, RefundPayment.class).getAmount().getAmount()).isEqualTo("15000.00");
        assertThat(sent.await(id, OrderCancelled.class).getReason()).isEqualTo(CancellationReason.CUSTOMER_REQUEST);
    }

    @Test
    void theOldestPendingOrderIsGaugedUntilItsSagaEnds() {
        // Orders other tests left pending pass their deadline and are compensated first.
        clock.advance(Duration.ofSeconds(61));
        await().atMost(WITHIN).until(() -> oldestPendingSeconds() == 0);

        String id = placeLaptops(1);
        clock.advance(Duration.ofSeconds(40));
        assertThat(oldestPendingSeconds()).isBetween(40.0, 40.0 + WITHIN.toSeconds());

        reply(OrderIT.INVENTORY_EVENTS, id, Replies.stockRejected(id, StubServices.LAPTOP));
        awaitStatus(id, "CANCELLED");
        assertThat(oldestPendingSeconds()).isZero();
    }

    private double oldestPendingSeconds() {
        return meters.get("checkout.saga.oldest.pending").gauge().value();
    }

    private String placeLaptops(int quantity) {
        var order = api.placed(customer, Api.items(StubServices.LAPTOP, quantity));
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        return order.get("id").asString();
    }

    private tools.jackson.databind.JsonNode awaitStatus(String id, String status) {
        await().atMost(WITHIN).until(() -> status.equals(api.order(customer, id).get("status").asString()));
        return api.order(customer, id);
    }

    private boolean processed(String eventId) {
        return jdbc.sql("select count(*) from inbox_message where consumer = 'order-it' and event_id = ?")
                .param(eventId).query(Long.class).single() == 1;
    }

    private void reply(String topic, String orderId, Message message) {
        kafka.send(topic, orderId, message).join();
    }
}
