package com.ecommerce.payment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ecommerce.events.payment.v1.PaymentFailed;
import com.ecommerce.events.payment.v1.PaymentSucceeded;
import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.PaymentProbe;
import com.ecommerce.payment.RecordingPaymentProvider;
import com.ecommerce.payment.application.Reconciliation;
import com.ecommerce.payment.application.ReconciliationReport;
import com.ecommerce.payment.application.ReconciliationReport.Discrepancy;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentFixtures;
import com.ecommerce.payment.domain.PaymentStatus;
import com.google.protobuf.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Through the broker: commands and order events in, replies out via the outbox; then reconciliation. */
@PaymentIT
class PaymentKafkaIT {

    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordingPaymentProvider provider;
    @Autowired
    PaymentProbe probe;
    Replies replies;

    @BeforeEach
    void open() {
        replies = new Replies(PaymentIT.EVENTS);
    }

    @AfterEach
    void close() {
        replies.close();
    }

    @Test
    void anAuthorizePaymentOnTheTopicIsAnsweredOnTheEventTopic() {
        OrderId paid = PaymentFixtures.newOrderId();
        OrderId declined = PaymentFixtures.newOrderId();

        publish(PaymentIT.COMMANDS, paid, Commands.authorize(paid, "12.34", ""));
        publish(PaymentIT.COMMANDS, declined, Commands.authorize(declined, "12.34", "tok_chargeDeclined"));

        assertThat(replies.await(paid.value(), PaymentSucceeded.class).getPaymentId()).hasSize(13);
        assertThat(replies.await(declined.value(), PaymentFailed.class).getFailureCode()).isEqualTo("card_declined");
        assertThat(probe.statusWithAgreeingLedger(paid)).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void reconciliationReportsCapturesWithoutConfirmedOrdersAndConfirmedOrdersWithoutCapture() {
        OrderId confirmedAndPaid = PaymentFixtures.newOrderId();
        OrderId cancelledButPaid = PaymentFixtures.newOrderId();
        OrderId confirmedUnpaid = PaymentFixtures.newOrderId();
        for (OrderId order : new OrderId[] {confirmedAndPaid, cancelledButPaid}) {
            publish(PaymentIT.COMMANDS, order, Commands.authorize(order, "3.00", "tok_visa"));
        }
        publish(PaymentIT.ORDERS, confirmedAndPaid, Commands.confirmed(confirmedAndPaid, "3.00"));
        publish(PaymentIT.ORDERS, cancelledButPaid, Commands.cancelled(cancelledButPaid));
        publish(PaymentIT.ORDERS, confirmedUnpaid, Commands.confirmed(confirmedUnpaid, "8.00"));

        await().atMost(Replies.WITHIN).untilAsserted(() -> {
            ReconciliationReport report = reconciliation.report();
            assertThat(report.capturedWithoutConfirmedOrder()).extracting(Discrepancy::orderId)
                    .contains(cancelledButPaid.value()).doesNotContain(confirmedAndPaid.value());
            assertThat(report.confirmedWithoutCapture()).extracting(Discrepancy::orderId)
                    .contains(confirmedUnpaid.value()).doesNotContain(confirmedAndPaid.value());
        });
    }

    private void publish(String topic, OrderId key, Message message) {
        kafka.send(topic, key.value(), message).join();
    }
}
