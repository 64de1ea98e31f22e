package com.ecommerce.events.kafka;

import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.EventTypes;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a Protobuf {@link Message} as its binary encoding and records its type (and event id) in
 * headers, so one topic can carry several message types. A {@code byte[]} value passes through
 * unchanged with its headers untouched: that is how a raw record is re-published to a dead-letter
 * topic without decoding it.
 */
public class ProtobufSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        return switch (data) {
            case null -> null;
            case byte[] raw -> raw;
            case Message message -> encode(topic, headers, message);
            default -> throw new SerializationException("Cannot serialize " + data.getClass().getName()
                    + " for topic " + topic + ": expected a Protobuf Message or byte[]");
        };
    }

    private static byte[] encode(String topic, Headers headers, Message message) {
        if (headers != null) {
            replace(headers, EventHeaders.MESSAGE_TYPE, EventTypes.typeName(message));
            if (EventTypes.hasEventId(message)) {
                replace(headers, EventHeaders.EVENT_ID, eventId(topic, message));
            }
        }
        return message.toByteArray();
    }

    // Fail at the producer: a command or event without an id would defeat consumer deduplication.
    private static String eventId(String topic, Message message) {
        try {
            return EventTypes.eventId(message);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("Refusing to send to " + topic + ": " + e.getMessage(), e);
        }
    }

    // A retried send reuses the same headers; remove first so a header never appears twice.
    private static void replace(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
