package com.ecommerce.system.chaos;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import com.ecommerce.system.PlatformProcesses;
import com.ecommerce.system.checkout.OrderBatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Redelivery: once each of the saga's consumer groups (order, inventory and payment service) has
 * consumed a few dozen records of the batch, the three services are stopped, each group's
 * committed offsets are moved back by a tenth of what it consumed since the run began (spread over
 * its partitions in proportion, at least one record per group), and the services start again.
 * Every event in that tenth arrives a second time; the inbox and the idempotent handlers must make
 * it a no-op, which the run's invariants and the orders' unchanged outcomes show.
 */
final class OffsetRewind implements Fault {

    static final List<String> GROUPS = List.of("order-service", "inventory-service", "payment-service");
    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");
    private static final double SHARE = 0.10;
    /** Records each group consumes before the rewind, so that a tenth of them is more than a rounding. */
    private static final long BASE = 30;

    private final Map<String, Map<TopicPartition, Long>> before = new HashMap<>();
    private long consumed;
    private long rewound;

    @Override
    public void prepare() {
        try (Admin admin = admin()) {
            for (String group : GROUPS) {
                before.put(group, committed(admin, group));
            }
        }
    }

    @Override
    public void inject() {
        // Orders keep arriving meanwhile (one a second), so the groups have something to redeliver.
        try (Admin admin = admin()) {
            await("each group consumed " + BASE + " records of the batch").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> GROUPS.stream().allMatch(group -> consumedSince(admin, group) >= BASE));
        }
        PlatformProcesses.stop(GROUPS.toArray(String[]::new));
        try (Admin admin = admin()) {
            for (String group : GROUPS) {
                rewind(admin, group);
            }
        }
        PlatformProcesses.start(GROUPS.toArray(String[]::new));
    }

    private long consumedSince(Admin admin, String group) {
        Map<TopicPartition, Long> start = before.getOrDefault(group, Map.of());
        return committed(admin, group).entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), e.getValue()))).sum();
    }

    private void rewind(Admin admin, String group) {
        Map<TopicPartition, Long> start = before.getOrDefault(group, Map.of());
        Map<TopicPartition, Long> now = committed(admin, group);
        Map<TopicPartition, Long> since = new HashMap<>();
        now.forEach((partition, offset) -> {
            long records = offset - start.getOrDefault(partition, offset);
            if (records > 0) {
                since.put(partition, records);
            }
        });
        long total = since.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        back(since, Math.max(1, Math.round(total * SHARE)))
                .forEach((partition, back) -> moved.put(partition, new OffsetAndMetadata(now.get(partition) - back)));
        consumed += total;
        rewound += moved.keySet().stream().mapToLong(p -> now.get(p) - moved.get(p).offset()).sum();
        // A member that has just left may still be counted for a moment; the broker refuses to
        // move the offsets of a group that is not empty.
        await(group + " offsets rewound").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
                    admin.alterConsumerGroupOffsets(group, moved).all().get();
                    return true;
                });
    }

    /** The budget spread over the partitions in proportion to what each consumed (largest remainders first). */
    static Map<TopicPartition, Long> back(Map<TopicPartition, Long> since, long budget) {
        long total = since.values().stream().mapToLong(Long::longValue).sum();
        Map<TopicPartition, Long> back = new HashMap<>();
        since.forEach((partition, records) -> back.put(partition, budget * records / total));
        long left = budget - back.values().stream().mapToLong(Long::longValue).sum();
        List<TopicPartition> byRemainder = since.keySet().stream()
                .sorted(Comparator.comparingLong((TopicPartition p) -> budget * since.get(p) % total)
                        .thenComparingLong(since::get).reversed().thenComparing(TopicPartition::toString))
                .toList();
        for (int i = 0; left > 0; i = (i + 1) % byRemainder.size()) {
            TopicPartition partition = byRemainder.get(i);
            if (back.get(partition) < since.get(partition)) {
                back.merge(partition, 1L, Long::sum);
                left--;
            }
        }
        back.values().removeIf(records -> records == 0);
        return back;
    }

    @Override
    public Duration lasts() {
        return Duration.ZERO;
    }

    @Override
    public String check(OrderBatch batch) {
        if (rewound == 0) {
            throw new AssertionError("no offset was rewound: the consumers committed nothing during the batch");
        }
        return "redelivered %d of the %d events consumed (%.0f%%)".formatted(rewound, consumed, 100.0 * rewound / consumed);
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group) {
        try {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .forEach((partition, offset) -> {
                        if (offset != null) {
                            offsets.put(partition, offset.offset());
                        }
                    });
            return offsets;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the offsets of " + group, e);
        }
    }

    private static Admin admin() {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(settings);
    }
}
