package com.ecommerce.order;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.EventTypes;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the service sent on the given topics, from the beginning, as decoded messages. */
public final class KafkaProbe implements AutoCloseable {

    public static final Duration WITHIN = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();

    public KafkaProbe(String... topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = java.util.Arrays.stream(topics)
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits for the first message of {@code type} keyed {@code key}. */
    public <T extends Message> T await(String key, Class<T> type) {
        org.awaitility.Awaitility.await().atMost(WITHIN).until(() -> !messages(key, type).isEmpty());
        return messages(key, type).getFirst();
    }

    /** Every message of {@code type} keyed {@code key} received so far (after one more poll). */
    public <T extends Message> List<T> messages(String key, Class<T> type) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        return received.stream().filter(r -> key.equals(r.key()))
                .map(KafkaProbe::decode).filter(type::isInstance).map(type::cast).toList();
    }

    private static Message decode(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(EventHeaders.MESSAGE_TYPE);
        try {
            return EventTypes.parse(new String(header.value()), record.value());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
