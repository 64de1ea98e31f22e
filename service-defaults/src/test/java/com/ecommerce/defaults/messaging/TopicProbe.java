package com.ecommerce.defaults.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Test helper: creates a fresh topic on the local broker and records everything published to it
 * from a background consumer, so tests can await records instead of sleeping.
 */
public final class TopicProbe implements AutoCloseable {

    public static final String BOOTSTRAP = "127.0.0.1:9092";

    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();
    private final List<Long> receivedAt = new CopyOnWriteArrayList<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean open = true;

    private TopicProbe(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
                props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        // Assigned, not subscribed: no group coordination, so nothing to wait for before reading.
        // A just-created topic may not be in the broker's metadata yet: wait until it is.
        List<TopicPartition> partitions = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList(), list -> !list.isEmpty());
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        poller = Thread.ofPlatform().daemon().name("probe-" + topic).start(this::poll);
    }

    /**
     * Creates a one-partition topic (the broker does not auto-create) and listens to it. One
     * partition gives a total order, so a test can publish a marker last and know that everything
     * published before it has arrived once the marker has.
     */
    public static TopicProbe listenTo(String topic) {
        createTopics(1, topic);
        return new TopicProbe(topic);
    }

    /** Listens to a topic that already exists. */
    public static TopicProbe existing(String topic) {
        return new TopicProbe(topic);
    }

    public static String uniqueTopic(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void createTopics(String... topics) {
        createTopics(3, topics);
    }

    public static void createTopics(int partitions, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.createTopics(java.util.Arrays.stream(topics).map(t -> new NewTopic(t, partitions, (short) 1)).toList())
                    .all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create " + List.of(topics), e);
        }
    }

    public List<ConsumerRecord<String, byte[]>> received() {
        return List.copyOf(received);
    }

    public List<String> receivedHeader(String name) {
        return received.stream()
                .map(r -> r.headers().lastHeader(name))
                .map(h -> h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8))
                .toList();
    }

    /** {@link System#nanoTime()} when the i-th record was polled. */
    public long receivedAt(int index) {
        return receivedAt.get(index);
    }

    private void poll() {
        while (open) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                receivedAt.add(System.nanoTime());
                received.add(record);
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        poller.join();
    }
}
