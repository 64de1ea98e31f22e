package com.ecommerce.events.kafka;

import static com.ecommerce.events.EventFixtures.krw;
import static com.ecommerce.events.EventFixtures.orderPlaced;
import static com.ecommerce.events.EventFixtures.paymentFailed;
import static com.ecommerce.events.EventFixtures.stockReserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.events.EventHeaders;
import com.ecommerce.events.Topics;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtobufSerdeTest {

    private final ProtobufSerializer serializer = new ProtobufSerializer();
    private final ProtobufDeserializer deserializer = new ProtobufDeserializer();

    static List<Message> messages() {
        return List.of(orderPlaced(), stockReserved(), paymentFailed());
    }

    @ParameterizedTest
    @MethodSource("messages")
    void roundTripsMessageThroughHeaders(Message sent) {
        Headers headers = new RecordHeaders();

        byte[] bytes = serializer.serialize(Topics.ORDER_EVENTS, headers, sent);
        Message received = deserializer.deserialize(Topics.ORDER_EVENTS, headers, bytes);

        assertThat(received).isEqualTo(sent).hasSameClassAs(sent);
    }

    @Test
    void writesMessageTypeAndEventIdHeaders() {
        Headers headers = new RecordHeaders();

        serializer.serialize(Topics.ORDER_EVENTS, headers, orderPlaced());

        assertThat(header(headers, EventHeaders.MESSAGE_TYPE)).isEqualTo("ecommerce.order.v1.OrderPlaced");
        assertThat(header(headers, EventHeaders.EVENT_ID)).isEqualTo(orderPlaced().getEventId());
    }

    @Test
    void replacesHeadersInsteadOfDuplicatingThemOnReserialization() {
        Headers headers = new RecordHeaders();

        serializer.serialize(Topics.ORDER_EVENTS, headers, orderPlaced());
        serializer.serialize(Topics.PAYMENT_EVENTS, headers, paymentFailed());

        assertThat(StreamSupport.stream(headers.headers(EventHeaders.MESSAGE_TYPE).spliterator(), false)).hasSize(1);
        assertThat(header(headers, EventHeaders.MESSAGE_TYPE)).isEqualTo("ecommerce.payment.v1.PaymentFailed");
    }

    @Test
    void omitsEventIdHeaderForValueTypeWithoutEventId() {
        Headers headers = new RecordHeaders();

        serializer.serialize(Topics.ORDER_EVENTS, headers, krw("1.00"));

        assertThat(headers.lastHeader(EventHeaders.EVENT_ID)).isNull();
        assertThat(header(headers, EventHeaders.MESSAGE_TYPE)).isEqualTo("ecommerce.common.v1.Money");
    }

    @Test
    void refusesToSendEventWithoutEventId() {
        var withoutId = orderPlaced().toBuilder().clearEventId().build();

        assertThatThrownBy(() -> serializer.serialize(Topics.ORDER_EVENTS, new RecordHeaders(), withoutId))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("empty event_id");
    }

    @Test
    void passesRawBytesThroughWithHeadersUntouched() {
        Headers headers = new RecordHeaders().add(EventHeaders.MESSAGE_TYPE, "original".getBytes(StandardCharsets.UTF_8));
        byte[] raw = {1, 2, 3};

        assertThat(serializer.serialize(Topics.deadLetter(Topics.ORDER_EVENTS), headers, raw)).isSameAs(raw);
        assertThat(header(headers, EventHeaders.MESSAGE_TYPE)).isEqualTo("original");
    }

    @Test
    void mapsNullToNullBothWays() {
        assertThat(serializer.serialize(Topics.ORDER_EVENTS, new RecordHeaders(), null)).isNull();
        assertThat(deserializer.deserialize(Topics.ORDER_EVENTS, new RecordHeaders(), (byte[]) null)).isNull();
    }

    @Test
    void rejectsValueThatIsNeitherMessageNorBytes() {
        assertThatThrownBy(() -> serializer.serialize(Topics.ORDER_EVENTS, "text"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void rejectsRecordWithoutMessageTypeHeader() {
        byte[] bytes = orderPlaced().toByteArray();

        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORDER_EVENTS, new RecordHeaders(), bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("has no 'message-type' header");
        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORDER_EVENTS, bytes))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void rejectsRecordOfUnknownMessageType() {
        Headers headers = typed("ecommerce.order.v1.OrderTeleported");

        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORDER_EVENTS, headers, new byte[] {8, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unknown message type 'ecommerce.order.v1.OrderTeleported'");
    }

    @Test
    void rejectsBytesThatAreNotAValidMessage() {
        // Field 3 (order_id) announces 100 bytes of string but only 2 follow: a truncated record.
        byte[] truncated = {0x1A, 100, 'a', 'b'};

        assertThatThrownBy(() -> deserializer.deserialize(Topics.ORDER_EVENTS, typed("ecommerce.order.v1.OrderPlaced"), truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("is not a valid ecommerce.order.v1.OrderPlaced");
    }

    private static Headers typed(String typeName) {
        return new RecordHeaders().add(EventHeaders.MESSAGE_TYPE, typeName.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
