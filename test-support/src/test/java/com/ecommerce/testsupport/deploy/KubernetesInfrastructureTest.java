package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.ecommerce.testsupport.Topology;

/**
 * The infrastructure the operators run: Kafka in KRaft mode with enough brokers for its
 * replication settings, and a PostgreSQL cluster holding every database and login the services use.
 */
class KubernetesInfrastructureTest {

    private static final String BUILT = "com.ecommerce.testsupport.deploy.KubernetesManifests#BUILT";
    private static final Pattern DB_URL = Pattern.compile("jdbc:postgresql://([^:/]+):5432/([a-z_]+)");
    private static final Pattern CREATE_DATABASE = Pattern.compile("CREATE DATABASE \"?([a-z_]+)\"? OWNER \"?([a-z_]+)\"?");
    private static final String POOL_SIZE = "spring.datasource.hikari.maximum-pool-size";
    private static final String HIKARI_DEFAULT_POOL = "10";
    /** PostgreSQL's superuser_reserved_connections default: kept for the superuser, not for the services. */
    private static final int SUPERUSER_RESERVED = 3;
    private static final Pattern KAFKA_VERSION = Pattern.compile("<kafka.version>([^<]+)</kafka.version>");

    @ParameterizedTest
    @FieldSource(BUILT)
    void runsKafkaInKraftModeWithTheLocalBrokerVersion(KubernetesManifests manifests) {
        GenericKubernetesResource kafka = manifests.requireSingle("Kafka");
        String cluster = kafka.getMetadata().getName();
        assertThat(kafka.getApiVersion()).isEqualTo("kafka.strimzi.io/v1");
        assertThat(StrimziKafka.nodes(manifests, cluster, "controller") % 2).as("controllers: an odd quorum").isEqualTo(1);
        int brokers = StrimziKafka.brokers(manifests, cluster);
        Map<String, Object> config = kafka.get("spec", "kafka", "config");
        for (String factor : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor", "share.coordinator.state.topic.replication.factor")) {
            assertThat((Integer) config.get(factor)).as(cluster + " " + factor).isBetween(1, brokers);
        }
        assertThat((Integer) config.get("min.insync.replicas")).as("min.insync.replicas below the replication factor or equal")
                .isLessThanOrEqualTo((Integer) config.get("default.replication.factor"));
        assertThat(config.get("auto.create.topics.enable")).as("only declared topics").isEqualTo(false);
        Matcher version = KAFKA_VERSION.matcher(YamlFiles.read(Topology.repositoryRoot().resolve("deploy/local/kafka/pom.xml")));
        assertThat(version.find()).isTrue();
        assertThat(kafka.<String>get("spec", "kafka", "version")).as("the broker ./platform runs").isEqualTo(version.group(1));
        assertThat(kafka.<Object>get("spec", "entityOperator", "topicOperator")).as("the topic operator, for the KafkaTopics").isNotNull();
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void createsEveryDatabaseAndLoginTheServicesUse(KubernetesManifests manifests) {
        GenericKubernetesResource postgres = manifests.requireSingle("Cluster");
        Map<String, String> owners = PostgresCluster.databaseOwners(postgres);
        Map<String, String> roleSecrets = PostgresCluster.loginSecrets(postgres);
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            ContainerEnvironment environment = jvm.environment();
            if (!environment.has("DB_URL")) {
                continue;
            }
            Matcher url = DB_URL.matcher(environment.value("DB_URL").orElse(""));
            assertThat(url.matches()).as(jvm.name() + " DB_URL " + environment.value("DB_URL")).isTrue();
            assertThat(url.group(1)).as(jvm.name() + ": the primary's Service").isEqualTo(postgres.getMetadata().getName() + "-rw");
            String role = environment.value("DB_USER").orElseThrow(() -> new AssertionError(jvm.name() + " DB_USER"));
            assertThat(owners).as("databases of the cluster and their owners").containsEntry(url.group(2), role);
            String secret = roleSecrets.get(role);
            assertThat(secret).as("managed role " + role + " with LOGIN and a passwordSecret").isNotNull();
            assertThat(environment.secretOf("DB_USER")).as(jvm.name() + " DB_USER").contains(secret + "/username");
            assertThat(environment.secretOf("DB_PASSWORD")).as(jvm.name() + ": the password CloudNativePG sets")
                    .contains(secret + "/password");
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void acceptsTheConnectionPoolsOfEveryReplicaTheAutoscalersMayStart(KubernetesManifests manifests) {
        GenericKubernetesResource postgres = manifests.requireSingle("Cluster");
        int connections = 0;
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            if (jvm.environment().has("DB_URL")) {
                int pool = Integer.parseInt(jvm.configuration().properties().getOrDefault(POOL_SIZE, HIKARI_DEFAULT_POOL));
                connections += pool * manifests.autoscalers().stream()
                        .filter(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName().equals(jvm.name()))
                        .mapToInt(autoscaler -> autoscaler.getSpec().getMaxReplicas()).findFirst()
                        .orElse(jvm.deployment().getSpec().getReplicas());
            }
        }
        String maximum = postgres.get("spec", "postgresql", "parameters", "max_connections");
        assertThat(maximum).as("max_connections of the PostgreSQL cluster").isNotNull();
        assertThat(Integer.parseInt(maximum) - SUPERUSER_RESERVED).as("connections the services may open, at most")
                .isGreaterThanOrEqualTo(connections);
    }

    /** CloudNativePG's Cluster: the databases its bootstrap creates and the logins it manages. */
    private static final class PostgresCluster {

        static Map<String, String> databaseOwners(GenericKubernetesResource cluster) {
            Map<String, Object> initdb = cluster.get("spec", "bootstrap", "initdb");
            Map<String, String> owners = new LinkedHashMap<>();
            owners.put(String.valueOf(initdb.get("database")), String.valueOf(initdb.get("owner")));
            for (Object statement : YamlFiles.asList(initdb.get("postInitSQL"))) {
                Matcher create = CREATE_DATABASE.matcher(String.valueOf(statement));
                if (create.find()) {
                    owners.put(create.group(1), create.group(2));
                }
            }
            return owners;
        }

        /** Each managed role that logs in, with the Secret holding its password. */
        static Map<String, String> loginSecrets(GenericKubernetesResource cluster) {
            List<Map<String, Object>> roles = cluster.get("spec", "managed", "roles");
            Map<String, String> secrets = new LinkedHashMap<>();
            roles.stream().filter(role -> Boolean.TRUE.equals(role.get("login")) && !"absent".equals(role.get("ensure")))
                    .forEach(role -> secrets.put(String.valueOf(role.get("name")),
                            String.valueOf(YamlFiles.asMap(role.get("passwordSecret")).get("name"))));
            return secrets;
        }
    }
}
