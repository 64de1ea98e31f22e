package com.ecommerce.defaults.messaging.outbox;

import java.time.Clock;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.events.EventTypes;
import com.google.protobuf.Message;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a message to publish in the caller's database transaction. The message reaches Kafka
 * only if that transaction commits (right after the commit, or at the next sweep if the process
 * died first), so state and messages never disagree. Nothing touches Kafka inside the
 * transaction.
 */
public class Outbox {

    private final OutboxMessages messages;
    private final IdGenerator ids;
    private final TraceContextCarrier traces;
    private final Runnable wakeRelay;
    private final Clock clock;

    Outbox(OutboxMessages messages, IdGenerator ids, TraceContextCarrier traces, Runnable wakeRelay, Clock clock) {
        this.messages = messages;
        this.ids = ids;
        this.traces = traces;
        this.wakeRelay = wakeRelay;
        this.clock = clock;
    }

    /**
     * @param topic   destination topic, one of {@code com.ecommerce.events.Topics}
     * @param key     partition key: the aggregate id, so one aggregate's messages stay ordered
     * @param message a message of the event schema carrying a non-empty {@code event_id}
     * @throws IllegalStateException when called outside a transaction
     */
    public void record(String topic, String key, Message message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.record must run inside the transaction of the state change");
        }
        if (topic == null || topic.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("topic and key are required");
        }
        messages.insert(new OutboxMessage(ids.nextId(), topic, key, EventTypes.typeName(message),
                EventTypes.eventId(message), message.toByteArray(), traces.capture(), clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeRelay.run();
            }
        });
    }
}
