package com.ecommerce.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.defaults.testapp.TestApplication;
import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.google.protobuf.Message;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A consumer built the way every service builds one (listener → inbox → effect), against the
 * local PostgreSQL and Kafka: duplicates have one effect, transient failures are retried, poison
 * messages are dead-lettered and the partition keeps moving.
 */
@SpringBootTest(classes = TestApplication.class)
@Import(InboxIT.Listener.class)
class InboxIT {

    public static final String TOPIC = TopicProbe.uniqueTopic("it.inbox");
    private static final Duration WITHIN = Duration.ofSeconds(20);
    /** Order ids are unique per run: the effect table outlives the run. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static TopicProbe deadLetters;

    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Listener listener;

    @BeforeAll
    static void topics() {
        TopicProbe.createTopics(TOPIC, TOPIC + ".dlt");
        deadLetters = TopicProbe.existing(TOPIC + ".dlt");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        deadLetters.close();
    }

    @Test
    void sameEventDeliveredTwiceHasOneEffect() {
        OrderConfirmed event = TestEvents.orderConfirmed(id("dup"));
        send("k-dup", event);
        send("k-dup", event);
        send("k-dup", TestEvents.orderConfirmed(id("dup-marker")));

        await().atMost(WITHIN).until(() -> effects(id("dup-marker")) == 1);
        assertThat(effects(id("dup"))).isEqualTo(1);
        assertThat(listener.deliveries(id("dup"))).isEqualTo(2);
    }

    @Test
    void transientFailureIsRetriedAndAppliedOnce() {
        send("k-flaky", TestEvents.orderConfirmed(id("flaky")));

        await().atMost(WITHIN).until(() -> effects(id("flaky")) == 1);
        // Two failed deliveries rolled back their inbox row with the effect, the third applied.
        assertThat(listener.deliveries(id("flaky"))).isEqualTo(3);
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithoutBlockingThePartition() {
        byte[] garbage = {0x0A, (byte) 0xFF, 0x01};
        ProducerRecord<Object, Object> undecodable = new ProducerRecord<>(TOPIC, "k-poison", garbage);
        undecodable.headers().add(EventHeaders.MESSAGE_TYPE,
                "ecommerce.order.v1.OrderConfirmed".getBytes(StandardCharsets.UTF_8));
        kafka.send(undecodable);
        send("k-poison", TestEvents.orderConfirmed(id("unprocessable")));
        send("k-poison", TestEvents.orderConfirmed(id("after-poison")));

        await().atMost(WITHIN).until(() -> effects(id("after-poison")) == 1);
        await().atMost(WITHIN).until(() -> deadLetters.received().size() == 2);
        assertThat(deadLetters.received().get(0).value()).isEqualTo(garbage);
        assertThat(deadLetters.received()).extracting(r -> r.key()).containsOnly("k-poison");
        assertThat(effects(id("unprocessable"))).isZero();
        assertThat(listener.deliveries(id("unprocessable"))).as("not retried").isEqualTo(1);
    }

    private static String id(String name) {
        return name + "-" + RUN;
    }

    private void send(String key, Message event) {
        kafka.send(TOPIC, key, event);
    }

    private long effects(String orderId) {
        return jdbc.sql("select count(*) from inbox_it_effect where order_id = ?").param(orderId)
                .query(Long.class).single();
    }

    /** A listener shaped like a service's: decode, then one call through the inbox. */
    @TestConfiguration
    static class Listener {

        private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        private final Inbox inbox;
        private final JdbcClient jdbc;

        Listener(Inbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
            jdbc.sql("create table if not exists inbox_it_effect (order_id text not null, event_id text not null)")
                    .update();
        }

        int deliveries(String orderId) {
            return deliveries.getOrDefault(orderId, new AtomicInteger()).get();
        }

        @KafkaListener(topics = "#{T(com.ecommerce.defaults.messaging.InboxIT).TOPIC}", groupId = "inbox-it")
        void on(Message message) {
            OrderConfirmed event = (OrderConfirmed) message;
            int delivery = deliveries.computeIfAbsent(event.getOrderId(), id -> new AtomicInteger()).incrementAndGet();
            if (event.getOrderId().equals(id("unprocessable"))) {
                throw new UnprocessableMessage("order " + event.getOrderId() + " can never be confirmed");
            }
            inbox.receive("inbox-it", event, () -> {
                jdbc.sql("insert into inbox_it_effect (order_id, event_id) values (?, ?)")
                        .params(event.getOrderId(), event.getEventId()).update();
                if (event.getOrderId().equals(id("flaky")) && delivery < 3) {
                    throw new IllegalStateException("database briefly unavailable");
                }
            });
        }
    }
}
