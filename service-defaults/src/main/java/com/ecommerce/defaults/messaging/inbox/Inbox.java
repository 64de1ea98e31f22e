package com.ecommerce.defaults.messaging.inbox;

import java.sql.Timestamp;
import java.time.Clock;

import com.ecommerce.events.EventTypes;
import com.google.protobuf.Message;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Applies an event's effect at most once per consumer: the processed-event row and the effect
 * commit in one transaction, so a redelivered event (a retry, a rebalance, a replay) finds its
 * row and is skipped. Concurrent deliveries of one event serialize on the row's primary key.
 */
public class Inbox {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Clock clock;

    Inbox(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs {@code effect} in a transaction together with recording the event as processed.
     *
     * @param consumer the consuming group, e.g. {@code "inventory-service"}
     * @return true if the effect ran, false if this consumer had already processed the event
     */
    public boolean receive(String consumer, Message event, Runnable effect) {
        String eventId = EventTypes.eventId(event);
        Boolean applied = transactions.execute(status -> {
            if (!markProcessed(consumer, eventId, EventTypes.typeName(event))) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    private boolean markProcessed(String consumer, String eventId, String type) {
        return jdbc.sql("""
                insert into inbox_message (consumer, event_id, message_type, received_at)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(consumer, eventId, type, Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
