package com.ecommerce.system.chaos;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * Redelivery: the saga's consumers (order, inventory and payment service) are stopped mid-batch,
 * each group's committed offsets are moved back by a tenth of what it consumed since the run
 * began (at least one record on every partition that moved), and the services start again. Every
 * event in that tenth arrives a second time; the inbox and the idempotent handlers must make it a
 * no-op, which the run's invariants and the orders' unchanged outcomes show.
 */
final class OffsetRewind implements Fault {

    static final List<String> GROUPS = List.of("order-service", "inventory-service", "payment-service");
    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");
    private static final double SHARE = 0.10;

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
        PlatformProcesses.stop(GROUPS.toArray(String[]::new));
        try (Admin admin = admin()) {
            for (String group : GROUPS) {
                rewind(admin, group);
            }
        }
        PlatformProcesses.start(GROUPS.toArray(String[]::new));
    }

    private void rewind(Admin admin, String group) {
        Map<TopicPartition, Long> start = before.getOrDefault(group, Map.of());
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        committed(admin, group).forEach((partition, now) -> {
            long since = now - start.getOrDefault(partition, now);
            if (since > 0) {
                long back = Math.max(1, Math.round(since * SHARE));
                consumed += since;
                rewound += back;
                moved.put(partition, new OffsetAndMetadata(now - back));
            }
        });
        if (moved.isEmpty()) {
            return;
        }
        // A member that has just left may still be counted for a moment; the broker refuses to
        // move the offsets of a group that is not empty.
        await(group + " offsets rewound").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> {
                    admin.alterConsumerGroupOffsets(group, moved).all().get();
                    return true;
                });
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
