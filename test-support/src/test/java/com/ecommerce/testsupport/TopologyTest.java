package com.ecommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TopologyTest {

    private static final Pattern PORT_DEFAULT = Pattern.compile("(?m)^server:\\s*\\n(?:\\s+.*\\n)*?\\s+port: \\$\\{PORT:(\\d+)}");

    private final Topology topology = Topology.load();
    private final Path root = Topology.repositoryRoot();

    @Test
    void listsEveryRunnableModuleWithThePortItsConfigurationDefaultsTo() throws IOException {
        Set<String> runnable = new HashSet<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path config : modules.map(m -> m.resolve("src/main/resources/application.yaml"))
                    .filter(Files::isRegularFile).toList()) {
                String module = config.getParent().getParent().getParent().getParent().getFileName().toString();
                Matcher port = PORT_DEFAULT.matcher(Files.readString(config));
                assertThat(port.find()).as(module + " reads its port from PORT").isTrue();
                assertThat(topology.service(module)).as(module + " in deploy/topology").isPresent()
                        .get().extracting(Topology.Service::port).isEqualTo(Integer.parseInt(port.group(1)));
                runnable.add(module);
            }
        }
        assertThat(topology.services()).extracting(Topology.Service::name).containsExactlyInAnyOrderElementsOf(runnable);
    }

    @Test
    void portsAreDistinctAndNeedsNameInfrastructureOrListedServices() {
        assertThat(topology.services()).extracting(Topology.Service::port).doesNotHaveDuplicates();
        Set<String> known = new HashSet<>(Topology.INFRASTRUCTURE);
        topology.services().forEach(s -> known.add(s.name()));
        topology.services().forEach(s -> assertThat(known).as(s.name() + " needs").containsAll(s.needs()));
        topology.services().forEach(s -> assertThat(s.needs()).as(s.name()).doesNotContain(s.name()));
    }

    @Test
    void discoveryStartsInTheFirstWave() {
        assertThat(topology.service("discovery-server")).get().extracting(Topology.Service::wave).isEqualTo(1);
    }

    @Test
    void refusesMalformedLines() {
        assertThatThrownBy(() -> Topology.parse(List.of("order-service 8083 256m 2")))
                .hasMessageContaining("5 columns");
        assertThatThrownBy(() -> Topology.parse(List.of("order-service 80 256m 2 -")))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> Topology.parse(List.of("order-service 8083 lots 2 -")))
                .hasMessageContaining("heap");
        assertThat(Topology.parse(List.of("# comment", "", "a-service 8100 64m 1 postgres,kafka")).services())
                .containsExactly(new Topology.Service("a-service", 8100, "64m", 1, List.of("postgres", "kafka")));
    }
}
