package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.ecommerce.testsupport.Topology;

/**
 * deploy/docker-compose.yml runs what deploy/topology declares: the same services on the same
 * ports and heaps, each started once what it needs is healthy. Nothing is started here (no Docker
 * engine is assumed): the file is read and compared.
 */
class ComposeFileTest {

    /** Compose service of each kind of infrastructure a topology entry may need. */
    static final Map<String, String> INFRASTRUCTURE = Map.of("postgres", "postgres", "redis", "redis", "kafka", "kafka");

    /** What runs beside the topology's JVMs: its infrastructure and the observability tools. */
    static final Set<String> SUPPORT = Set.of("postgres", "redis", "kafka", "prometheus", "grafana", "zipkin");

    private static final Pattern PROJECT_VERSION =
            Pattern.compile("<artifactId>ecommerce-platform</artifactId>\\s*<version>([^<]+)</version>");
    private static final Pattern SIZE = Pattern.compile("([0-9]+)([kmg])", Pattern.CASE_INSENSITIVE);
    /** Metaspace, code cache, thread stacks and buffers besides the heap. */
    private static final long NON_HEAP_MEGABYTES = 128;

    private final Topology topology = Topology.load();
    private final ComposeFile compose = ComposeFile.load();

    @Test
    void mapsEveryKindOfInfrastructureToAComposeService() {
        assertThat(INFRASTRUCTURE.keySet()).as("Topology.INFRASTRUCTURE")
                .containsExactlyInAnyOrderElementsOf(Topology.INFRASTRUCTURE);
        assertThat(SUPPORT).containsAll(INFRASTRUCTURE.values());
    }

    @Test
    void runsEveryTopologyServiceFromItsImageOnItsPortWithItsHeap() {
        String version = projectVersion();
        for (Topology.Service declared : topology.services()) {
            ComposeFile.Service service = compose.require(declared.name());
            assertThat(service.image()).as(declared.name() + " image").isEqualTo("ecommerce/" + declared.name() + ":" + version);
            assertThat(service.ports()).as(declared.name() + " ports")
                    .containsExactly("127.0.0.1:" + declared.port() + ":" + declared.port());
            assertThat(service.environment()).as(declared.name() + " environment")
                    .containsEntry("PORT", String.valueOf(declared.port()));
            assertThat(service.environment().getOrDefault("JAVA_TOOL_OPTIONS", "").split(" "))
                    .as(declared.name() + " JAVA_TOOL_OPTIONS").contains("-Xmx" + declared.heap());
            assertThat(service.memoryLimit()).as(declared.name() + " mem_limit").isPresent();
            assertThat(megabytes(service.memoryLimit().get())).as(declared.name() + " mem_limit leaves room beside the heap")
                    .isGreaterThanOrEqualTo(megabytes(declared.heap()) + NON_HEAP_MEGABYTES);
        }
    }

    @Test
    void startsEachServiceOnceEverythingItNeedsIsHealthy() {
        for (Topology.Service declared : topology.services()) {
            Set<String> needed = declared.needs().stream()
                    .map(need -> INFRASTRUCTURE.getOrDefault(need, need)).collect(Collectors.toSet());
            Map<String, String> dependsOn = compose.require(declared.name()).dependsOn();
            assertThat(dependsOn.keySet()).as(declared.name() + " depends_on (deploy/topology needs " + declared.needs() + ")")
                    .containsExactlyInAnyOrderElementsOf(needed);
            dependsOn.forEach((dependency, condition) -> assertThat(condition)
                    .as(declared.name() + " waits for " + dependency).isEqualTo("service_healthy"));
        }
    }

    @Test
    void checksTheHealthOfEveryContainer() {
        compose.serviceNames().forEach(name -> assertThat(compose.require(name).healthcheck())
                .as(name + " healthcheck").isNotBlank().doesNotStartWith("NONE"));
        topology.services().forEach(declared -> assertThat(compose.require(declared.name()).healthcheck())
                .as(declared.name() + " healthcheck").contains("/actuator/health"));
    }

    @Test
    void runsNothingButTheTopologyAndWhatSupportsIt() {
        Set<String> known = new HashSet<>(SUPPORT);
        topology.services().forEach(declared -> known.add(declared.name()));
        assertThat(compose.serviceNames()).as("services of deploy/docker-compose.yml").containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void publishesPortsOnLoopbackOnly() {
        compose.serviceNames().forEach(name -> assertThat(compose.require(name).ports())
                .as(name + " ports").allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:")));
    }

    @Test
    void mountsOnlyFilesOfTheRepository() {
        compose.serviceNames().forEach(name -> compose.require(name).binds().forEach(mount ->
                assertThat(Files.exists(mount.in(compose.directory()))).as(name + " mounts " + mount.source()).isTrue()));
    }

    static String projectVersion() {
        Matcher version = PROJECT_VERSION.matcher(YamlFiles.read(Topology.repositoryRoot().resolve("pom.xml")));
        assertThat(version.find()).as("version in the root pom.xml").isTrue();
        return version.group(1);
    }

    static long megabytes(String size) {
        Matcher matcher = SIZE.matcher(size);
        assertThat(matcher.matches()).as("size '" + size + "' like 256m or 1g").isTrue();
        long value = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> value / 1024;
            case "g" -> value * 1024;
            default -> value;
        };
    }
}
