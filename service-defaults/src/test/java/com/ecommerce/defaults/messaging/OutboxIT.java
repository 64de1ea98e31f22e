package com.ecommerce.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.defaults.testapp.TestApplication;
import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.order.v1.OrderConfirmed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against the local PostgreSQL and Kafka: what commits is published, nothing else. */
@SpringBootTest(classes = TestApplication.class)
class OutboxIT {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(15);

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    String topic;
    TopicProbe probe;

    @BeforeEach
    void listen() {
        topic = TopicProbe.uniqueTopic("it.outbox");
        probe = TopicProbe.listenTo(topic);
    }

    @AfterEach
    void stopListening() throws InterruptedException {
        probe.close();
    }

    @Test
    void committedTransactionPublishesExactlyItsMessagesInOrder() {
        List<OrderConfirmed> events = List.of(TestEvents.orderConfirmed("o-1"), TestEvents.orderConfirmed("o-1"),
                TestEvents.orderConfirmed("o-1"));

        transactions.executeWithoutResult(tx -> events.forEach(e -> outbox.record(topic, "o-1", e)));
        publishMarkerAndAwait();

        List<ConsumerRecord<String, byte[]>> received = probe.received();
        assertThat(received).hasSize(4);
        assertThat(received.subList(0, 3)).extracting(ConsumerRecord::value)
                .containsExactly(events.stream().map(OrderConfirmed::toByteArray).toArray(byte[][]::new));
        assertThat(received).extracting(ConsumerRecord::key).containsOnly("o-1", "marker");
        assertThat(probe.receivedHeader(EventHeaders.EVENT_ID).subList(0, 3))
                .containsExactlyElementsOf(events.stream().map(OrderConfirmed::getEventId).toList());
        assertThat(probe.receivedHeader(EventHeaders.MESSAGE_TYPE)).containsOnly("ecommerce.order.v1.OrderConfirmed");
        awaitOutboxEmpty();
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            outbox.record(topic, "o-2", TestEvents.orderConfirmed("o-2"));
            throw new IllegalStateException("business rule failed after recording");
        })).isInstanceOf(IllegalStateException.class);

        // The relay publishes in recording order: once the later marker arrived, a message from the
        // rolled-back transaction would have arrived before it.
        publishMarkerAndAwait();

        assertThat(probe.received()).extracting(ConsumerRecord::key).containsExactly("marker");
        awaitOutboxEmpty();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.record(topic, "o-3", TestEvents.orderConfirmed("o-3")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    private void publishMarkerAndAwait() {
        transactions.executeWithoutResult(tx -> outbox.record(topic, "marker", TestEvents.orderConfirmed("marker")));
        await().atMost(PUBLISHED_WITHIN)
                .until(() -> probe.received().stream().anyMatch(r -> "marker".equals(r.key())));
    }

    private void awaitOutboxEmpty() {
        await().atMost(PUBLISHED_WITHIN).until(() -> jdbc.sql("select count(*) from outbox_message where topic = ?")
                .param(topic).query(Long.class).single() == 0);
    }
}
