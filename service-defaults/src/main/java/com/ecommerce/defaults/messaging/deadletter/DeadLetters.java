package com.ecommerce.defaults.messaging.deadletter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.ecommerce.events.Topics;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The dead letters of this service's consumers: counted and listed per consumed topic, and
 * re-driven, which republishes each parked record unchanged (key, value, headers) to the topic it
 * came from once the cause is fixed. Every group subscribed to that topic sees it again; the ones
 * that had processed it already drop it by its event id (the inbox), so re-driving is safe.
 */
public class DeadLetters {

    /** Headers the dead-letter publisher added; the re-driven record carries only the original ones. */
    private static final String DEAD_LETTER_HEADER_PREFIX = "kafka_dlt-";
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final KafkaListenerEndpointRegistry listeners;
    private final DeadLetterTopics topics;
    /** A producer per re-drive: re-drives are rare, so no service keeps one open for them. */
    private final Supplier<Producer<byte[], byte[]>> producers;

    DeadLetters(KafkaListenerEndpointRegistry listeners, DeadLetterTopics topics,
            Supplier<Producer<byte[], byte[]>> producers) {
        this.listeners = listeners;
        this.topics = topics;
        this.producers = producers;
    }

    /** Per topic this service consumes: its consumer group (the one whose failures count). */
    public Map<String, String> consumedTopics() {
        Map<String, String> consumed = new LinkedHashMap<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] names = container.getContainerProperties().getTopics();
            if (names != null && container.getGroupId() != null) {
                for (String topic : names) {
                    consumed.putIfAbsent(topic, container.getGroupId());
                }
            }
        }
        return consumed;
    }

    public List<ParkedMessage.Summary> parked(String topic) {
        return topics.peek(Topics.deadLetter(topic), groupOf(topic)).stream().map(ParkedMessage::summary).toList();
    }

    /** Republishes what this service parked from {@code topic}; answers how many records went back. */
    public int redrive(String topic) {
        // The topic is checked first: a blank or unknown one is "not consumed here" (404), not an error.
        String group = groupOf(topic);
        return topics.drain(Topics.deadLetter(topic), group, this::republish);
    }

    private String groupOf(String topic) {
        String group = consumedTopics().get(topic);
        if (group == null) {
            throw new NotConsumedHere(topic);
        }
        return group;
    }

    private void republish(List<ParkedMessage> parked) {
        if (parked.isEmpty()) {
            return;
        }
        try (Producer<byte[], byte[]> producer = producers.get()) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(parked.size());
            for (ParkedMessage message : parked) {
                sends.add(producer.send(original(message)));
            }
            awaitAll(sends);
        }
    }

    private static void awaitAll(List<Future<RecordMetadata>> sends) {
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while re-driving", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the broker did not take a re-driven record", e);
            }
        }
    }

    private static ProducerRecord<byte[], byte[]> original(ParkedMessage message) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(message.originalTopic(),
                message.record().key(), message.record().value());
        for (Header header : message.record().headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                record.headers().add(header);
            }
        }
        return record;
    }

    /** The topic is not one this service consumes, so it has no dead letters of it. */
    public static class NotConsumedHere extends RuntimeException {

        NotConsumedHere(String topic) {
            super("this service does not consume " + topic);
        }
    }
}
