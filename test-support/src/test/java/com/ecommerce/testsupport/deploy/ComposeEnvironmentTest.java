package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.ecommerce.testsupport.Topology;

/**
 * The environment deploy/docker-compose.yml gives each JVM: every variable is one its configuration
 * reads, and together they point every address the configuration defaults to 127.0.0.1 at a container.
 */
class ComposeEnvironmentTest {

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final Pattern DB_URL = Pattern.compile("jdbc:postgresql://([^:/]+):5432/([a-z_]+)");

    private final Topology topology = Topology.load();
    private final ComposeFile compose = ComposeFile.load();
    private final Path root = Topology.repositoryRoot();

    @Test
    void setsOnlyVariablesTheConfigurationReads() {
        for (Topology.Service declared : topology.services()) {
            ModuleConfiguration configuration = ModuleConfiguration.of(root, declared.name());
            compose.require(declared.name()).environment().keySet().stream()
                    .filter(variable -> !JVM_VARIABLES.contains(variable))
                    .forEach(variable -> assertThat(configuration.reads(variable))
                            .as(variable + " is a placeholder or the relaxed name of a property in " + configuration).isTrue());
        }
    }

    /**
     * Addresses a browser on the host is sent to, never one a container calls: the gateway's
     * published port on 127.0.0.1 is the right value there.
     */
    private static final Set<String> BROWSER_ADDRESSES = Set.of("FRONTEND_URL");

    @Test
    void pointsEveryLoopbackAddressOfTheConfigurationAtAContainer() {
        for (Topology.Service declared : topology.services()) {
            ModuleConfiguration configuration = ModuleConfiguration.of(root, declared.name());
            Map<String, String> environment = compose.require(declared.name()).environment();
            configuration.loopbackProperties().forEach((property, value) -> assertThat(environment.keySet())
                    .as(declared.name() + ": " + property + " = " + value + " is the container itself in Compose; set one of "
                            + configuration.overriddenBy(property))
                    .containsAnyElementsOf(configuration.overriddenBy(property)));
            environment.entrySet().stream().filter(variable -> !BROWSER_ADDRESSES.contains(variable.getKey()))
                    .forEach(variable -> assertThat(ModuleConfiguration.LOOPBACK.matcher(variable.getValue()).find())
                            .as(declared.name() + " " + variable.getKey() + " = " + variable.getValue()).isFalse());
        }
    }

    @Test
    void givesEachServiceTheAddressOfWhatItNeeds() {
        for (Topology.Service declared : topology.services()) {
            Map<String, String> environment = compose.require(declared.name()).environment();
            String database = environment.getOrDefault("DB_URL", "");
            assertThat(database.startsWith("jdbc:postgresql://postgres:5432/")).as(declared.name() + " DB_URL " + database)
                    .isEqualTo(declared.needs().contains("postgres"));
            assertThat(environment.get("REDIS_HOST")).as(declared.name() + " REDIS_HOST")
                    .isEqualTo(declared.needs().contains("redis") ? "redis" : null);
            assertThat(environment.get("SPRING_KAFKA_BOOTSTRAPSERVERS")).as(declared.name() + " SPRING_KAFKA_BOOTSTRAPSERVERS")
                    .isEqualTo(declared.needs().contains("kafka") ? kafkaAddress() : null);
            assertThat(environment.get("EUREKA_INSTANCE_IPADDRESS"))
                    .as(declared.name() + " is known in Eureka by its Compose name")
                    .isEqualTo(declared.name());
        }
    }

    @Test
    void createsEveryDatabaseTheServicesUse() {
        String script = initScripts();
        for (Topology.Service declared : topology.services()) {
            Map<String, String> environment = compose.require(declared.name()).environment();
            if (!environment.containsKey("DB_URL")) {
                continue;
            }
            Matcher url = DB_URL.matcher(environment.get("DB_URL"));
            assertThat(url.matches()).as(declared.name() + " DB_URL " + environment.get("DB_URL")).isTrue();
            String database = url.group(2);
            String role = environment.get("DB_USER");
            assertThat(script).as("the init script creates " + database + " owned by " + role)
                    .containsPattern("\\('" + database + "',\\s*'" + role + "'\\)");
            assertThat(script).as("the init script creates role " + role).containsPattern("ARRAY\\[[^]]*'" + role + "'");
            assertThat(environment.get("DB_PASSWORD")).as(declared.name() + ": the init script's password is the role's name")
                    .isEqualTo(role);
        }
    }

    @Test
    void verifiesTokensWithTheIssuerAndKeysOfUserService() {
        int userPort = topology.service("user-service").orElseThrow().port();
        for (Topology.Service declared : topology.services()) {
            ModuleConfiguration configuration = ModuleConfiguration.of(root, declared.name());
            Map<String, String> environment = compose.require(declared.name()).environment();
            configuration.tokenVerification("user-service:" + userPort).forEach((variable, expected) ->
                    assertThat(environment.get(variable)).as(declared.name() + " " + variable).isEqualTo(expected));
        }
    }

    @Test
    void runsOneKafkaNodeInKraftModeAsTheLocalBroker() {
        Map<String, String> kafka = compose.require("kafka").environment();
        assertThat(kafka.get("KAFKA_PROCESS_ROLES").split(",")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).isEqualTo(kafka.get("KAFKA_NODE_ID") + "@kafka:9093");
        assertThat(Base64.getUrlDecoder().decode(kafka.get("CLUSTER_ID"))).as("CLUSTER_ID is a base64url UUID").hasSize(16);
        Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>")
                .matcher(YamlFiles.read(root.resolve("deploy/local/kafka/pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(compose.require("kafka").image()).isEqualTo("apache/kafka:" + version.group(1));
    }

    /** host:port of the listener Kafka advertises to the other containers. */
    private String kafkaAddress() {
        String advertised = compose.require("kafka").environment().get("KAFKA_ADVERTISED_LISTENERS");
        assertThat(advertised).as("kafka KAFKA_ADVERTISED_LISTENERS").startsWith("PLAINTEXT://kafka:").doesNotContain(",");
        return advertised.substring("PLAINTEXT://".length());
    }

    private String initScripts() {
        StringBuilder scripts = new StringBuilder();
        compose.require("postgres").binds().stream()
                .filter(mount -> mount.target().startsWith("/docker-entrypoint-initdb.d/"))
                .forEach(mount -> scripts.append(YamlFiles.read(mount.in(compose.directory()))).append('\n'));
        assertThat(scripts).as("postgres mounts an init script into /docker-entrypoint-initdb.d").isNotEmpty();
        return scripts.toString();
    }
}
