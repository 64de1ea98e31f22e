package com.ecommerce.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.defaults.testapp.TestApplication;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.testsupport.Percentiles;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publish latency of the outbox: from the moment the recording transaction's commit returned to
 * the moment a consumer on the local broker received the message. Run with
 * {@code ./platform bench outbox}; prints percentiles and writes them to
 * {@code target/benchmarks/outbox-latency.txt}. Not part of the regular test run.
 */
@SpringBootTest(classes = TestApplication.class)
class OutboxLatencyBenchmark {

    private static final int WARM_UP = 500;
    private static final int MESSAGES = Integer.getInteger("bench.messages", 4000);

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void measurePublishLatencyAfterCommit() throws Exception {
        StringBuilder report = new StringBuilder("outbox publish latency (commit returned -> consumer received)\n");
        for (int writers : new int[] {1, 8}) {
            run(writers, WARM_UP);
            report.append(run(writers, MESSAGES)).append('\n');
        }
        System.out.println(report);
        Path out = Path.of("target/benchmarks/outbox-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String run(int writers, int messages) throws Exception {
        String topic = TopicProbe.uniqueTopic("bench.outbox");
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        try (TopicProbe probe = TopicProbe.listenTo(topic)) {
            long started = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    done.add(pool.submit(() -> write(topic, messages / writers, committedAt)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> probe.received().size() >= committedAt.size());
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] latencies = latenciesMicros(probe, committedAt);
            assertThat(latencies).hasSize(committedAt.size());
            return format(writers, latencies, seconds);
        }
    }

    private void write(String topic, int count, Map<String, Long> committedAt) {
        for (int i = 0; i < count; i++) {
            OrderConfirmed event = TestEvents.orderConfirmed("bench-" + i);
            transactions.executeWithoutResult(tx -> outbox.record(topic, event.getOrderId(), event));
            committedAt.put(event.getEventId(), System.nanoTime());
        }
    }

    private static long[] latenciesMicros(TopicProbe probe, Map<String, Long> committedAt) {
        List<ConsumerRecord<String, byte[]>> received = probe.received();
        List<String> ids = probe.receivedHeader("event-id");
        long[] micros = new long[received.size()];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = Math.max(0, (probe.receivedAt(i) - committedAt.get(ids.get(i))) / 1_000);
        }
        Arrays.sort(micros);
        return micros;
    }

    private static String format(int writers, long[] micros, double seconds) {
        Percentiles latency = Percentiles.of(micros);
        return String.format("writers=%d messages=%d throughput=%.0f msg/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                writers, latency.size(), latency.size() / seconds, latency.at(50) / 1000.0, latency.at(95) / 1000.0,
                latency.at(99) / 1000.0, latency.max() / 1000.0);
    }
}
