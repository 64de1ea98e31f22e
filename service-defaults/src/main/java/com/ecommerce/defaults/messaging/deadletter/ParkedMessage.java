package com.ecommerce.defaults.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.ecommerce.events.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.springframework.kafka.support.KafkaHeaders;

/** One record of a dead-letter topic, with what the dead-letter publisher wrote about its failure. */
record ParkedMessage(ConsumerRecord<byte[], byte[]> record) {

    String originalTopic() {
        return header(KafkaHeaders.DLT_ORIGINAL_TOPIC);
    }

    String failedGroup() {
        return header(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
    }

    /** A summary for operators: never the payload, which may hold personal data. */
    Summary summary() {
        return new Summary(record.partition(), record.offset(), originalTopic(), failedGroup(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                header(EventHeaders.MESSAGE_TYPE), header(EventHeaders.EVENT_ID),
                header(KafkaHeaders.DLT_EXCEPTION_FQCN), header(KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                Instant.ofEpochMilli(record.timestamp()));
    }

    private String header(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    record Summary(int partition, long offset, String originalTopic, String failedGroup, String key,
            String messageType, String eventId, String exception, String exceptionMessage, Instant parkedAt) {
    }
}
