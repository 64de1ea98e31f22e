package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ecommerce.system.Platform;
import com.ecommerce.system.observe.PromQl;
import com.ecommerce.system.observe.Prometheus;
import com.ecommerce.testsupport.Topology;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Prometheus that {@code ./platform test} starts beside the platform: it scrapes every JVM of
 * the topology, sees a checkout happen, and knows every metric the dashboards and alert rules
 * read (a renamed meter would otherwise leave a panel empty and an alert silent, unnoticed).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityIT {

    private static final Duration SCRAPED_WITHIN = Duration.ofSeconds(60);
    private static final Path OBSERVABILITY = Topology.repositoryRoot().resolve("deploy/observability");
    private static final Pattern CONFIRMED = Pattern.compile(
            "^orders_ended_total\\{[^}]*outcome=\"confirmed\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    @Test
    @Order(1)
    void prometheusScrapesEveryJvmOfTheTopologyAndFindsItUp() {
        List<String> services = Topology.load().services().stream().map(Topology.Service::name).toList();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            Map<String, Double> up = new TreeMap<>();
            Prometheus.query("up").forEach(s -> up.merge(s.label("application"), s.value(), Math::min));
            assertThat(up).containsOnlyKeys(services).allSatisfy((service, value) -> assertThat(value).as(service).isEqualTo(1.0));
        });
    }

    @Test
    @Order(2)
    void aCheckoutMovesTheBusinessMetricsInPrometheus() {
        String confirmed = "sum(orders_ended_total{outcome=\"confirmed\"})";
        double before = awaitScraped(confirmed);
        Double sagasBefore = Prometheus.value("sum(checkout_saga_duration_seconds_count{outcome=\"confirmed\"})");

        String productId = new Catalog(Shop.admin()).productWithStock("4200", 3);
        Shop.Session customer = Shop.signUp();
        String orderId = Orders.placed(customer, Orders.items(productId, 1, null));
        assertThat(Orders.settled(customer, orderId).get("status").asString()).isEqualTo("CONFIRMED");

        assertThat(awaitScraped(confirmed)).isEqualTo(before + 1);
        assertThat(Prometheus.value("sum(checkout_saga_duration_seconds_count{outcome=\"confirmed\"})"))
                .isEqualTo((sagasBefore == null ? 0 : sagasBefore) + 1);
        assertThat(Prometheus.value("max(checkout_saga_oldest_pending_seconds)")).isNotNull();
    }

    @Test
    @Order(3)
    void everyMetricTheDashboardsAndAlertsReadIsScrapedAndEveryQueryRuns() throws IOException {
        Map<String, String> queries = dashboardQueries();
        queries.putAll(alertQueries());
        assertThat(queries).hasSizeGreaterThanOrEqualTo(20);

        await().atMost(SCRAPED_WITHIN).untilAsserted(() -> {
            Set<String> known = Prometheus.metricNames();
            queries.forEach((where, query) ->
                    assertThat(known).as(where + ": " + query).containsAll(PromQl.metricNames(query)));
        });
        queries.forEach((where, query) -> Prometheus.query(asInstantQuery(query)));
    }

    /**
     * Waits until Prometheus holds the value order-service itself reports for confirmed orders,
     * so a value read afterwards is a scrape of now and not of before.
     */
    private static double awaitScraped(String query) {
        int port = Topology.load().service("order-service").orElseThrow().port();
        return await().atMost(SCRAPED_WITHIN).until(() -> {
            double direct = 0;
            Matcher lines = CONFIRMED.matcher(Platform.get("http://127.0.0.1:" + port + "/actuator/prometheus").body());
            while (lines.find()) {
                direct += Double.parseDouble(lines.group(1));
            }
            Double scraped = Prometheus.value(query);
            return (scraped == null ? 0 : scraped) == direct ? direct : null;
        }, value -> value != null);
    }

    private static Map<String, String> dashboardQueries() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(OBSERVABILITY.resolve("grafana/dashboards"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                List<JsonNode> panels = new ArrayList<>();
                collectPanels(json.readTree(file.toFile()), panels);
                for (JsonNode panel : panels) {
                    for (JsonNode target : panel.path("targets")) {
                        String expr = target.path("expr").asString("");
                        if (!expr.isBlank()) {
                            queries.put(file.getFileName() + " / " + panel.path("title").asString() + " / "
                                    + target.path("refId").asString(), expr);
                        }
                    }
                }
            }
        }
        return queries;
    }

    private static void collectPanels(JsonNode node, List<JsonNode> into) {
        for (JsonNode panel : node.path("panels")) {
            into.add(panel);
            collectPanels(panel, into);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> alertQueries() throws IOException {
        Map<String, String> queries = new TreeMap<>();
        Map<String, Object> rules = new Yaml().load(Files.readString(OBSERVABILITY.resolve("prometheus/alerts.yml")));
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                queries.put("alerts.yml / " + rule.getOrDefault("alert", rule.get("record")), rule.get("expr").toString());
            }
        }
        return queries;
    }

    /** Grafana's variables replaced by what Prometheus accepts on its own. */
    private static String asInstantQuery(String query) {
        return query.replace("$__rate_interval", "1m").replace("$__interval", "1m").replace("$__range", "5m")
                .replace("$application", ".+");
    }
}
