package com.ecommerce.defaults.messaging.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a dead-letter topic from where this service's re-drive last stopped up to the end it has
 * now. Every consumer group of the platform parks its failures on the same {@code <topic>.dlt};
 * a reading keeps only the records the given group failed on. Positions are kept as the commits
 * of a re-drive group per service ({@code <group>.redrive}), so what was re-driven is never read
 * again, and records of other groups are passed over for good.
 */
final class DeadLetterTopics {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final Duration readWithin;

    DeadLetterTopics(Supplier<Consumer<byte[], byte[]>> consumers, Duration readWithin) {
        this.consumers = consumers;
        this.readWithin = readWithin;
    }

    /** What is parked for {@code group} and not yet re-driven; nothing is marked as read. */
    List<ParkedMessage> peek(String deadLetterTopic, String group) {
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            return read(consumer, deadLetterTopic, group).parked();
        }
    }

    /**
     * Hands the parked records of {@code group} to {@code redrive}, then marks the topic read up
     * to where this reading ended. If {@code redrive} throws, nothing is marked and the next
     * re-drive sees the same records again (consumers deduplicate by event id).
     */
    int drain(String deadLetterTopic, String group, java.util.function.Consumer<List<ParkedMessage>> redrive) {
        try (Consumer<byte[], byte[]> consumer = consumers.get()) {
            Reading reading = read(consumer, deadLetterTopic, group);
            redrive.accept(reading.parked());
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            reading.end().forEach((partition, offset) -> done.put(partition, new OffsetAndMetadata(offset)));
            consumer.commitSync(done);
            return reading.parked().size();
        }
    }

    private record Reading(List<ParkedMessage> parked, Map<TopicPartition, Long> end) {
    }

    private Reading read(Consumer<byte[], byte[]> consumer, String topic, String group) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata from = committed.get(partition);
            if (from == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, from.offset());
            }
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ParkedMessage> parked = new ArrayList<>();
        long deadline = System.nanoTime() + readWithin.toNanos();
        while (!reachedEnd(consumer, end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + readWithin);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                ParkedMessage message = new ParkedMessage(record);
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
                        && group.equals(message.failedGroup())) {
                    parked.add(message);
                }
            }
        }
        return new Reading(parked, end);
    }

    private static boolean reachedEnd(Consumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
