package com.ecommerce.events.kafka;

import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.EventTypes;
import com.ecommerce.events.UnknownMessageType;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a record value written by {@link ProtobufSerializer}: the {@link EventHeaders#MESSAGE_TYPE}
 * header names the generated class to parse with. Every failure is a {@link SerializationException}
 * naming the topic, so the consumer's error handler can route the record to the dead-letter topic.
 */
public class ProtobufDeserializer implements Deserializer<Message> {

    @Override
    public Message deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public Message deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        String typeName = messageType(topic, headers);
        try {
            return EventTypes.parse(typeName, data);
        } catch (UnknownMessageType e) {
            throw new SerializationException("Record on " + topic + " has unknown message type '"
                    + typeName + "' in header '" + EventHeaders.MESSAGE_TYPE + "'", e);
        } catch (InvalidProtocolBufferException e) {
            throw new SerializationException("Record on " + topic + " is not a valid " + typeName
                    + " (" + data.length + " bytes): " + e.getMessage(), e);
        }
    }

    private static String messageType(String topic, Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(EventHeaders.MESSAGE_TYPE);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new SerializationException("Record on " + topic + " has no '" + EventHeaders.MESSAGE_TYPE
                    + "' header, so its Protobuf type is unknown; was it written by ProtobufSerializer?");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
