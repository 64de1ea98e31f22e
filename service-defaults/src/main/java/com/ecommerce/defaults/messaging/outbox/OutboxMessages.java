package com.ecommerce.defaults.messaging.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** SQL access to {@code outbox_message}. */
class OutboxMessages {

    /** Only one relay per service database publishes at a time, which keeps per-key order. */
    private static final long RELAY_LOCK = 0x0b7b0c5L;

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutboxMessage message) {
        jdbc.sql("""
                insert into outbox_message
                    (id, topic, message_key, message_type, event_id, payload, traceparent, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.id(), message.topic(), message.key(), message.messageType(),
                        message.eventId(), message.payload(), message.traceparent(),
                        Timestamp.from(message.createdAt()))
                .update();
    }

    /**
     * Must run inside a transaction: the lock is released when it ends. The relay's transaction
     * also skips waiting for its commit to be flushed: if a crash loses the deletion of published
     * rows, those messages are published once more and consumers drop the duplicates, which is
     * cheaper than an fsync on every batch.
     */
    boolean tryLockRelay() {
        jdbc.sql("set local synchronous_commit = off").update();
        return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK)
                .query(Boolean.class).single();
    }

    /** The oldest unpublished messages, locked until the calling transaction ends. */
    List<OutboxMessage> lockOldest(int limit) {
        return jdbc.sql("""
                select id, topic, message_key, message_type, event_id, payload, traceparent, created_at
                from outbox_message order by id limit ? for update skip locked""")
                .param(limit)
                .query(OutboxMessages::map)
                .list();
    }

    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from outbox_message where id = any(?)")
                    .param(ids.toArray(Long[]::new))
                    .update();
        }
    }

    /** When the oldest message still waiting to be published was recorded; empty when none waits. */
    Optional<Instant> oldestRecordedAt() {
        return jdbc.sql("select created_at from outbox_message order by id limit 1")
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    long count() {
        return jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
                rs.getString("message_type"), rs.getString("event_id"), rs.getBytes("payload"),
                rs.getString("traceparent"), rs.getTimestamp("created_at").toInstant());
    }
}
