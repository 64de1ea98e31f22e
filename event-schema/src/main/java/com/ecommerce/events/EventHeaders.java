package com.ecommerce.events;

/**
 * Kafka record header names set by {@code ProtobufSerializer}. Values are UTF-8 strings.
 */
public final class EventHeaders {

    /**
     * The value's full Protobuf message name, e.g. {@code ecommerce.order.v1.OrderPlaced}. One topic
     * carries several message types, so the consumer needs it to choose the parser.
     */
    public static final String MESSAGE_TYPE = "message-type";

    /**
     * The message's {@code event_id}, so deduplication, logging and dead-letter tooling can read it
     * without parsing the value.
     */
    public static final String EVENT_ID = "event-id";

    private EventHeaders() {
    }
}
