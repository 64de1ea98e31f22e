package com.ecommerce.system.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ecommerce.system.Platform;
import com.ecommerce.system.PlatformProcesses;
import com.ecommerce.system.Registry;
import com.ecommerce.system.checkout.OrderBatch;
import com.ecommerce.testsupport.Topology;

/**
 * Two instances of each service of the saga's critical path, sharing its database, its Kafka
 * consumer group and the registry ({@code ./platform start <service>-2}); mid-batch the first
 * instance of every one of them is killed (SIGKILL: no deregistration, no partitions handed over)
 * and stays down for 30 s while orders keep coming. The second instances must take the requests
 * and the partitions over; the killed ones then start again.
 */
final class ScaleOut implements Fault {

    static final List<String> SERVICES = List.of("inventory-service", "cart-service", "order-service",
            "payment-service");
    /** deploy/local/lib/services.sh: instance k of a service listens on its port + 100 × (k − 1). */
    private static final int INSTANCE_PORT_STEP = 100;

    private final Duration lasts;
    private final Map<String, Double> workBefore = new LinkedHashMap<>();

    ScaleOut(Duration lasts) {
        this.lasts = lasts;
    }

    @Override
    public void prepare() {
        PlatformProcesses.start(secondInstances());
        // Both instances registered, so that the gateway and the callers spread over them before the kill.
        for (String service : SERVICES) {
            await(service + ": two instances UP in the registry").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> Registry.upInstances(service).size() == 2);
        }
        SERVICES.forEach(service -> workBefore.put(service, workDone(service)));
    }

    @Override
    public void inject() {
        PlatformProcesses.kill(SERVICES.toArray(String[]::new));
    }

    @Override
    public Duration lasts() {
        return lasts;
    }

    @Override
    public void heal() {
        PlatformProcesses.start(SERVICES.toArray(String[]::new));
    }

    /** Each second instance did part of the run's work (requests served, events consumed). */
    @Override
    public String check(OrderBatch batch) {
        List<String> shares = new ArrayList<>();
        for (String service : SERVICES) {
            double done = workDone(service) - workBefore.get(service);
            assertThat(done).as("requests and events %s-2 handled during the run", service).isPositive();
            shares.add(service + "-2 " + Math.round(done));
        }
        return "work of the second instances (requests + events): " + String.join(", ", shares);
    }

    @Override
    public void restore() {
        // The first instances run again (a no-op when heal() did it); the second ones leave.
        PlatformProcesses.start(SERVICES.toArray(String[]::new));
        PlatformProcesses.stop(secondInstances());
    }

    private static String[] secondInstances() {
        return SERVICES.stream().map(service -> service + "-2").toArray(String[]::new);
    }

    private static int secondPort(String service) {
        return Topology.load().service(service).orElseThrow().port() + INSTANCE_PORT_STEP;
    }

    /**
     * API requests the second instance answered plus the records its Kafka listeners processed,
     * from its own Prometheus endpoint (counters since it started).
     */
    private static double workDone(String service) {
        HttpResponse<String> metrics = Platform.get("http://127.0.0.1:" + secondPort(service) + "/actuator/prometheus");
        assertThat(metrics.statusCode()).as("%s-2 metrics", service).isEqualTo(200);
        return metrics.body().lines()
                .filter(line -> line.startsWith("spring_kafka_listener_seconds_count{")
                        || line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
