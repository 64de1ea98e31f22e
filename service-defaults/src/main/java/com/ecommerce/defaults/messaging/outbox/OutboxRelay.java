package com.ecommerce.defaults.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.ecommerce.defaults.messaging.MessagingProperties;
import com.ecommerce.events.EventHeaders;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Publishes recorded messages in id order. Woken right after a commit (low latency) and on a
 * fixed sweep interval (crash recovery: rows a dead process recorded but never published).
 * A message is deleted only after the broker acknowledged it, so a crash between the two
 * publishes it again; consumers deduplicate by event id.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxMessages messages;
    private final KafkaOperations<Object, Object> kafka;
    private final TransactionOperations transactions;
    private final TraceContextCarrier traces;
    private final MessagingProperties.Outbox settings;
    private final Timer latency;
    private final Clock clock;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile Thread worker;

    OutboxRelay(OutboxMessages messages, KafkaOperations<Object, Object> kafka, TransactionOperations transactions,
            TraceContextCarrier traces, MessagingProperties.Outbox settings, MeterRegistry meters, Clock clock) {
        this.messages = messages;
        this.kafka = kafka;
        this.transactions = transactions;
        this.traces = traces;
        this.settings = settings;
        this.clock = clock;
        this.latency = Timer.builder("outbox.publish.latency")
                .description("Time from recording a message to the broker's acknowledgement")
                .publishPercentileHistogram()
                .register(meters);
        // The latency above is known only for what got published; a relay that cannot publish
        // (broker down, a poisoned batch) shows up here as an age that keeps growing.
        Gauge.builder("outbox.oldest.message.age", () -> messages.oldestRecordedAt()
                        .map(recorded -> Duration.between(recorded, clock.instant()).toMillis() / 1000.0)
                        .orElse(0.0))
                .description("Age of the oldest recorded message not yet acknowledged by the broker")
                .baseUnit("seconds")
                .register(meters);
    }

    /** Asks the relay to publish now; called after every commit that recorded messages. */
    void wakeUp() {
        wakeups.release();
    }

    @Override
    public boolean isAutoStartup() {
        return settings.relayEnabled();
    }

    @Override
    public void start() {
        // Assigned before it starts: the loop runs only while it is the current worker.
        Thread thread = Thread.ofPlatform().name("outbox-relay").daemon().unstarted(this::run);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(settings.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                wakeups.tryAcquire(settings.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
                publishPending();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not publish; retrying after {}", settings.sweepInterval(), e);
                if (!pause(settings.sweepInterval())) {
                    return;
                }
            }
        }
    }

    /** Publishes until the table holds no more than a partial batch. */
    void publishPending() {
        Integer published;
        do {
            published = transactions.execute(status -> publishBatch());
        } while (published != null && published == settings.batchSize());
    }

    private int publishBatch() {
        if (!messages.tryLockRelay()) {
            return 0;
        }
        List<OutboxMessage> batch = messages.lockOldest(settings.batchSize());
        List<CompletableFuture<SendResult<Object, Object>>> sends = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            sends.add(traces.callInContext(message.traceparent(), "outbox publish", () -> kafka.send(toRecord(message))));
        }
        List<Long> acknowledged = awaitAcknowledged(batch, sends);
        messages.delete(acknowledged);
        return acknowledged.size() == batch.size() ? batch.size() : 0;
    }

    private List<Long> awaitAcknowledged(List<OutboxMessage> batch, List<CompletableFuture<SendResult<Object, Object>>> sends) {
        List<Long> acknowledged = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (int i = 0; i < batch.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i).id());
                latency.record(Duration.between(batch.get(i).createdAt(), clock.instant()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                log.warn("Broker did not acknowledge outbox message {} to {}", batch.get(i).id(), batch.get(i).topic(), e);
            }
        }
        return acknowledged;
    }

    private static ProducerRecord<Object, Object> toRecord(OutboxMessage message) {
        ProducerRecord<Object, Object> record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
        record.headers().add(EventHeaders.MESSAGE_TYPE, message.messageType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, message.eventId().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
