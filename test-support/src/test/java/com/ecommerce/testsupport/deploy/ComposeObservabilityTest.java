package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import com.ecommerce.testsupport.Topology;

/**
 * Prometheus and Grafana in deploy/docker-compose.yml: the same scrape jobs, labels and alert rules
 * as ./platform's Prometheus, with the Compose names instead of 127.0.0.1, and Grafana provisioned
 * from the repository's dashboards with a datasource for the Prometheus container.
 */
class ComposeObservabilityTest {

    private static final String PROMETHEUS_CONFIG = "/etc/prometheus/prometheus.yml";
    private static final String DATASOURCES = "/etc/grafana/provisioning/datasources";
    private static final String DASHBOARD_PROVIDERS = "/etc/grafana/provisioning/dashboards";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final ComposeFile compose = ComposeFile.load();
    private final Path root = Topology.repositoryRoot();
    private final Path local = root.resolve("deploy/observability/prometheus/prometheus.yml");

    @Test
    void scrapesWhatDiscoveryServerKnowsByComposeName() {
        Map<String, Object> config = prometheusConfig();
        Map<String, Object> shop = job(config, "shop");
        Map<String, Object> discovery = YamlFiles.asMap(YamlFiles.asList(shop.get("eureka_sd_configs")).getFirst());
        assertThat(discovery.get("server")).isEqualTo("http://discovery-server:8761/eureka");
        assertThat(YamlFiles.asList(staticConfig(config, "discovery").get("targets"))).containsExactly("discovery-server:8761");
    }

    @Test
    void labelsTargetsAsThePrometheusOfThePlatformDoes() {
        Map<String, Object> config = prometheusConfig();
        Map<String, Object> platform = YamlFiles.map(local);
        for (String name : List.of("shop", "discovery")) {
            Map<String, Object> job = job(config, name);
            Map<String, Object> expected = job(platform, name);
            assertThat(job.get("relabel_configs")).as(name + " relabel_configs").isEqualTo(expected.get("relabel_configs"));
            assertThat(job.get("metrics_path")).as(name + " metrics_path").isEqualTo(expected.get("metrics_path"));
            assertThat(job.get("honor_labels")).as(name + " honor_labels").isEqualTo(expected.get("honor_labels"));
        }
        assertThat(staticConfig(config, "discovery").get("labels")).as("discovery labels")
                .isEqualTo(staticConfig(platform, "discovery").get("labels"));
    }

    @Test
    void loadsTheAlertRulesOfThePlatform() {
        ComposeFile.Service prometheus = compose.require("prometheus");
        String configDirectory = Path.of(PROMETHEUS_CONFIG).getParent().toString();
        for (Object rules : YamlFiles.asList(prometheusConfig().get("rule_files"))) {
            ComposeFile.Mount mount = prometheus.bindAt(configDirectory + "/" + rules);
            assertThat(mount.in(compose.directory())).as("rule file " + rules)
                    .isEqualTo(root.resolve("deploy/observability/prometheus/alerts.yml"));
        }
        assertThat(YamlFiles.asList(prometheusConfig().get("rule_files")))
                .isEqualTo(YamlFiles.asList(YamlFiles.map(local).get("rule_files")));
    }

    @Test
    void givesGrafanaThePrometheusContainerAsItsDatasource() throws IOException {
        Path datasources = compose.require("grafana").bindAt(DATASOURCES).in(compose.directory());
        assertThat(datasources).as("Compose's own datasources, not the ones for 127.0.0.1")
                .isNotEqualTo(root.resolve("deploy/observability/grafana/provisioning/datasources"));
        List<Map<String, Object>> declared = yamlFiles(datasources).stream()
                .flatMap(file -> YamlFiles.asList(YamlFiles.map(file).get("datasources")).stream().map(YamlFiles::asMap))
                .toList();
        assertThat(declared).singleElement().satisfies(datasource -> {
            assertThat(datasource.get("uid")).isEqualTo("prometheus");
            assertThat(datasource.get("type")).isEqualTo("prometheus");
            assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        });
    }

    @Test
    void hasTheDatasourceEveryDashboardQueries() throws IOException {
        Path datasources = compose.require("grafana").bindAt(DATASOURCES).in(compose.directory());
        List<Object> uids = yamlFiles(datasources).stream()
                .flatMap(file -> YamlFiles.asList(YamlFiles.map(file).get("datasources")).stream())
                .map(datasource -> YamlFiles.asMap(datasource).get("uid")).toList();
        try (Stream<Path> files = Files.list(root.resolve("deploy/observability/grafana/dashboards"))) {
            for (Path dashboard : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonMapper.builder().build().readTree(dashboard.toFile()).findValues("datasource").stream()
                        .filter(datasource -> "prometheus".equals(datasource.path("type").asString()))
                        .forEach(datasource -> assertThat(uids).as(dashboard.getFileName() + " queries datasource "
                                + datasource).contains(datasource.path("uid").asString()));
            }
        }
    }

    @Test
    void provisionsTheDashboardsOfTheRepository() throws IOException {
        ComposeFile.Service grafana = compose.require("grafana");
        assertThat(grafana.bindAt(DASHBOARD_PROVIDERS).in(compose.directory()))
                .isEqualTo(root.resolve("deploy/observability/grafana/provisioning/dashboards"));
        ComposeFile.Mount dashboards = grafana.binds().stream()
                .filter(m -> m.in(compose.directory()).equals(root.resolve("deploy/observability/grafana/dashboards")))
                .findFirst().orElseThrow(() -> new AssertionError("grafana mounts deploy/observability/grafana/dashboards"));
        // Each provider reads its dashboards from a folder (Grafana expands $VAR and ${VAR} from its
        // environment): the one the repository's dashboards are mounted at.
        List<Path> providers = yamlFiles(grafana.bindAt(DASHBOARD_PROVIDERS).in(compose.directory()));
        assertThat(providers).as("dashboard providers in deploy/observability/grafana/provisioning/dashboards").isNotEmpty();
        for (Path file : providers) {
            YamlFiles.asList(YamlFiles.map(file).get("providers")).forEach(provider -> assertThat(expand(
                    String.valueOf(YamlFiles.asMap(YamlFiles.asMap(provider).get("options")).get("path")), grafana.environment()))
                    .as(file.getFileName() + " provider path").isEqualTo(dashboards.target()));
        }
    }

    private static String expand(String value, Map<String, String> environment) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
            variable.appendReplacement(expanded, Matcher.quoteReplacement(environment.getOrDefault(name, "")));
        }
        return variable.appendTail(expanded).toString();
    }

    private Map<String, Object> prometheusConfig() {
        return YamlFiles.map(compose.require("prometheus").bindAt(PROMETHEUS_CONFIG).in(compose.directory()));
    }

    private static Map<String, Object> job(Map<String, Object> config, String name) {
        return YamlFiles.asList(config.get("scrape_configs")).stream().map(YamlFiles::asMap)
                .filter(job -> name.equals(job.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no scrape job " + name));
    }

    private static Map<String, Object> staticConfig(Map<String, Object> config, String job) {
        return YamlFiles.asMap(YamlFiles.asList(job(config, job).get("static_configs")).getFirst());
    }

    private static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
