package com.ecommerce.product.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.ecommerce.events.EventTypes;
import com.ecommerce.events.Topics;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import static com.ecommerce.events.EventHeaders.MESSAGE_TYPE;

/** Reads {@code product.events.v1} from "now" on, so a test sees what its own actions published. */
public final class ProductEventsProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();

    public ProductEventsProbe() {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.partitionsFor(Topics.PRODUCT_EVENTS).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList(), list -> !list.isEmpty());
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, before the test acts
    }

    /** Waits until {@code count} messages keyed by {@code key} arrived; answers them in order. */
    public List<Message> awaitMessages(String key, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream().filter(r -> key.equals(r.key())).count() >= count;
        });
        return received.stream().filter(r -> key.equals(r.key())).map(ProductEventsProbe::decode).toList();
    }

    private static Message decode(ConsumerRecord<String, byte[]> record) {
        try {
            return EventTypes.parse(new String(record.headers().lastHeader(MESSAGE_TYPE).value()), record.value());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
