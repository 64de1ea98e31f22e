package com.ecommerce.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.EventTypes;
import com.ecommerce.events.inventory.v1.RejectionReason;
import com.ecommerce.events.inventory.v1.ReservationExpired;
import com.ecommerce.events.inventory.v1.StockConfirmed;
import com.ecommerce.events.inventory.v1.StockLevelChanged;
import com.ecommerce.events.inventory.v1.StockRejected;
import com.ecommerce.events.inventory.v1.StockReleased;
import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.application.ReservationExpiry;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.ReservationStatus;
import com.ecommerce.inventory.domain.StockFixtures;
import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Through the broker: commands in on the command topic, replies out on the event topic via the outbox. */
@InventoryIT
class InventoryKafkaIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReservationExpiry expiry;
    StockProbe probe;
    KafkaConsumer<String, byte[]> replies;
    final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() {
        probe = new StockProbe(jdbc);
        replies = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = replies.partitionsFor(InventoryIT.EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        replies.assign(partitions);
        // Only what this test causes: the topic is shared with earlier runs (and whatever else
        // published there within its retention), which a reader from the beginning would wade through.
        replies.seekToEnd(partitions);
        partitions.forEach(replies::position);
    }

    @AfterEach
    void close() {
        replies.close();
    }

    @Test
    void aProductCreatedOpensStockAndAReserveStockIsAnsweredWithStockReserved() {
        ProductId product = StockFixtures.newProductId();
        OrderId order = ReservationFixtures.newOrderId();
        publish(InventoryIT.PRODUCTS, product.value(), Commands.productCreated(product));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(probe.historyChanges(product)).contains("OPEN"));

        publish(InventoryIT.COMMANDS, order.value(), Commands.reserve(order, product, 2, product, 1));

        StockReserved reserved = awaitReply(order.value(), StockReserved.class);
        assertThat(reserved.getReservationId()).isNotBlank();
        assertThat(reserved.getExpiresAt().getSeconds()).isGreaterThan(reserved.getOccurredAt().getSeconds());
        assertThat(reserved.getLinesList()).singleElement()
                .satisfies(line -> assertThat(line.getQuantity()).isEqualTo(3));
        awaitReply(product.value(), StockLevelChanged.class, level -> level.getAvailable() == 3 && level.getReserved() == 0);
        awaitReply(product.value(), StockLevelChanged.class, level -> level.getAvailable() == 0 && level.getReserved() == 3);
        assertThat(probe.levels(product)).isEqualTo(new Levels(0, 3, 0));
    }

    @Test
    void aReserveStockThatCannotBeMetIsAnsweredWithStockRejectedPerLine() {
        ProductId scarce = probe.stocked(1);
        ProductId unknown = StockFixtures.newProductId();
        OrderId order = ReservationFixtures.newOrderId();

        publish(InventoryIT.COMMANDS, order.value(), Commands.reserve(order, scarce, 2, unknown, 1));

        StockRejected rejected = awaitReply(order.value(), StockRejected.class);
        assertThat(rejected.getLinesList()).extracting(l -> l.getProductId() + ":" + l.getReason() + ":" + l.getAvailable())
                .containsExactlyInAnyOrder(scarce.value() + ":" + RejectionReason.INSUFFICIENT_STOCK + ":1",
                        unknown.value() + ":" + RejectionReason.UNKNOWN_PRODUCT + ":0");
        assertThat(probe.levels(scarce)).isEqualTo(new Levels(1, 0, 0));
    }

    /** The saga's other replies: a confirmation, a release and an expiry each answer on the event topic. */
    @Test
    void confirmReleaseAndExpiryOfReservationsAreAnsweredOnTheEventTopic() {
        ProductId product = probe.stocked(5);
        OrderId kept = ReservationFixtures.newOrderId();
        OrderId dropped = ReservationFixtures.newOrderId();
        OrderId forgotten = ReservationFixtures.newOrderId();
        for (OrderId order : List.of(kept, dropped, forgotten)) {
            publish(InventoryIT.COMMANDS, order.value(), Commands.reserve(order, product, 1));
            awaitReply(order.value(), StockReserved.class);
        }

        publish(InventoryIT.COMMANDS, kept.value(), Commands.confirm(kept));
        publish(InventoryIT.COMMANDS, dropped.value(), Commands.release(dropped));
        probe.expireBeforeAllOthers(forgotten);
        // The sweeper is slowed down in tests: one sweep by hand claims the most overdue, ours.
        assertThat(expiry.expireNext()).isTrue();
        assertThat(probe.status(forgotten)).isEqualTo(ReservationStatus.EXPIRED);

        awaitReply(kept.value(), StockConfirmed.class);
        awaitReply(dropped.value(), StockReleased.class);
        assertThat(awaitReply(forgotten.value(), ReservationExpired.class).getOrderId()).isEqualTo(forgotten.value());
        assertThat(probe.levels(product)).isEqualTo(new Levels(4, 0, 1));
    }

    private void publish(String topic, String key, Message message) {
        kafka.send(topic, key, message).join();
    }

    private <T extends Message> T awaitReply(String key, Class<T> type) {
        return awaitReply(key, type, message -> true);
    }

    private <T extends Message> T awaitReply(String key, Class<T> type, Predicate<T> matching) {
        return await().atMost(WITHIN).until(() -> find(key, type, matching), Optional::isPresent).orElseThrow();
    }

    private <T extends Message> Optional<T> find(String key, Class<T> type, Predicate<T> matching) throws Exception {
        replies.poll(Duration.ofMillis(200)).forEach(received::add);
        for (ConsumerRecord<String, byte[]> record : received) {
            var header = record.headers().lastHeader(EventHeaders.MESSAGE_TYPE);
            if (key.equals(record.key()) && header != null) {
                Message message = EventTypes.parse(new String(header.value()), record.value());
                if (type.isInstance(message) && matching.test(type.cast(message))) {
                    return Optional.of(type.cast(message));
                }
            }
        }
        return Optional.empty();
    }
}
