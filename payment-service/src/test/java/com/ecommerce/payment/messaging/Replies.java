package com.ecommerce.payment.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.EventTypes;
import com.google.protobuf.Message;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a reply topic from the beginning with a plain consumer (no group), so every test sees every reply. */
final class Replies implements AutoCloseable {

    static final Duration WITHIN = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();

    Replies(String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    <T extends Message> T await(String key, Class<T> type) {
        return await(key, type, message -> true);
    }

    <T extends Message> T await(String key, Class<T> type, Predicate<T> matching) {
        return org.awaitility.Awaitility.await().atMost(WITHIN)
                .until(() -> find(key, type, matching), Optional::isPresent).orElseThrow();
    }

    /** Every reply for the key so far, after waiting until at least {@code count} arrived. */
    List<Message> awaitAll(String key, int count) {
        return org.awaitility.Awaitility.await().atMost(WITHIN).until(() -> all(key), list -> list.size() >= count);
    }

    /**
     * The replies for the key up to and including the first of type {@code last}, once it arrived.
     * One key's replies arrive in the order they were recorded, so a reply recorded after {@code
     * last} cannot be among them and one recorded before it cannot be missing.
     */
    List<Message> awaitThrough(String key, Class<? extends Message> last) {
        List<Message> replies = org.awaitility.Awaitility.await().atMost(WITHIN)
                .until(() -> all(key), list -> list.stream().anyMatch(last::isInstance));
        int end = java.util.stream.IntStream.range(0, replies.size()).filter(i -> last.isInstance(replies.get(i)))
                .findFirst().orElseThrow();
        return replies.subList(0, end + 1);
    }

    private List<Message> all(String key) throws Exception {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
        List<Message> messages = new java.util.ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : received) {
            var header = record.headers().lastHeader(EventHeaders.MESSAGE_TYPE);
            if (key.equals(record.key()) && header != null) {
                messages.add(EventTypes.parse(new String(header.value()), record.value()));
            }
        }
        return messages;
    }

    private <T extends Message> Optional<T> find(String key, Class<T> type, Predicate<T> matching) throws Exception {
        return all(key).stream().filter(type::isInstance).map(type::cast).filter(matching).findFirst();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
