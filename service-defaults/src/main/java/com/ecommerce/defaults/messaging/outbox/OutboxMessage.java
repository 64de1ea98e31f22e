package com.ecommerce.defaults.messaging.outbox;

import java.time.Instant;

/** One recorded, not yet published message, as stored in {@code outbox_message}. */
record OutboxMessage(
        long id,
        String topic,
        String key,
        String messageType,
        String eventId,
        byte[] payload,
        String traceparent,
        Instant createdAt) {
}
