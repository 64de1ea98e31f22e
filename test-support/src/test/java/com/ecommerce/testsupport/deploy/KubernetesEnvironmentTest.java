package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.ecommerce.testsupport.Topology;

/**
 * The environment deploy/kubernetes gives each JVM: every variable is one its configuration reads,
 * every loopback default of that configuration is replaced, and each address names a Service of
 * the kustomization (or one the operators create) on a port it serves.
 */
class KubernetesEnvironmentTest {

    private static final String BUILT = "com.ecommerce.testsupport.deploy.KubernetesManifests#BUILT";
    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern URL = Pattern.compile("https?://[^\\s,]+");
    private static final int REDIS_PORT = 6379;

    @ParameterizedTest
    @FieldSource(BUILT)
    void setsOnlyVariablesTheConfigurationReads(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            jvm.environment().variables().keySet().stream().filter(variable -> !JVM_VARIABLES.contains(variable))
                    .forEach(variable -> assertThat(jvm.configuration().reads(variable))
                            .as(jvm.name() + " " + variable + " is a placeholder or the relaxed name of a property in "
                                    + jvm.configuration()).isTrue());
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void replacesEveryLoopbackAddressOfTheConfiguration(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            ModuleConfiguration configuration = jvm.configuration();
            configuration.loopbackProperties().forEach((property, value) -> assertThat(jvm.environment().variables().keySet())
                    .as(jvm.name() + ": " + property + " = " + value + " is the pod itself; set one of "
                            + configuration.overriddenBy(property))
                    .containsAnyElementsOf(configuration.overriddenBy(property)));
            jvm.environment().variables().keySet().forEach(variable -> assertThat(jvm.environment().value(variable).orElse(""))
                    .as(jvm.name() + " " + variable).doesNotContainPattern(ModuleConfiguration.LOOPBACK));
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void pointsEveryUrlAtAServiceOnAPortItServes(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            jvm.environment().variables().keySet().forEach(variable -> {
                Matcher url = URL.matcher(jvm.environment().value(variable).orElse(""));
                while (url.find()) {
                    URI address = URI.create(url.group());
                    assertServes(manifests, jvm.name() + " " + variable + " " + address, address.getHost(), address.getPort());
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void givesEachServiceKafkaRedisAndPostgresExactlyWhenItNeedsThem(KubernetesManifests manifests) {
        String bootstrap = StrimziKafka.plainBootstrap(manifests.requireSingle("Kafka"));
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            ContainerEnvironment environment = jvm.environment();
            List<String> needs = jvm.declared().needs();
            assertThat(environment.value("SPRING_KAFKA_BOOTSTRAPSERVERS")).as(jvm.name() + " SPRING_KAFKA_BOOTSTRAPSERVERS")
                    .isEqualTo(needs.contains("kafka") ? Optional.of(bootstrap) : Optional.empty());
            assertThat(environment.has("REDIS_HOST")).as(jvm.name() + " REDIS_HOST").isEqualTo(needs.contains("redis"));
            environment.value("REDIS_HOST").ifPresent(host -> assertServes(manifests, jvm.name() + " REDIS_HOST", host, REDIS_PORT));
            assertThat(environment.has("DB_URL")).as(jvm.name() + " DB_URL").isEqualTo(needs.contains("postgres"));
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void verifiesTokensWithTheIssuerAndKeysOfUserService(KubernetesManifests manifests) {
        String userService = "user-service:" + Topology.load().service("user-service").orElseThrow().port();
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            jvm.configuration().tokenVerification(userService).forEach((variable, expected) ->
                    assertThat(jvm.environment().value(variable)).as(jvm.name() + " " + variable).contains(expected));
        }
    }

    private static void assertServes(KubernetesManifests manifests, String what, String host, int port) {
        assertThat(manifests.service(host)).as(what + ": a Service named " + host).hasValueSatisfying(service ->
                assertThat(service.getSpec().getPorts()).as(what + ": port").anySatisfy(served ->
                        assertThat(served.getPort()).isEqualTo(port)));
    }
}
