package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.ecommerce.testsupport.Topology;

/**
 * deploy/kubernetes runs what deploy/topology declares: each JVM as a Deployment and Service, from
 * its image, on its port, with its heap, probed on the health groups, unprivileged. Both the base
 * and the local overlay are built and checked; nothing is applied to a cluster.
 */
class KubernetesManifestsTest {

    private static final String BUILT = "com.ecommerce.testsupport.deploy.KubernetesManifests#BUILT";
    /** Metaspace, code cache, thread stacks and buffers besides the heap (as for Compose). */
    private static final long NON_HEAP_BYTES = 128L << 20;
    private static final String VERSION = "0.1.0-SNAPSHOT";

    @Test
    void parsesEveryFileIntoTheKubernetesModelWithoutUnknownFields() throws IOException {
        try (Stream<Path> files = Files.walk(KubernetesManifests.directory())) {
            List<Path> manifests = files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml")).toList();
            assertThat(manifests).isNotEmpty();
            for (Path file : manifests) {
                for (Map<String, Object> manifest : Kustomization.manifests(file)) {
                    assertThat(UnknownFields.of(KubernetesManifests.typed(manifest)))
                            .as(file + " " + manifest.get("kind") + ": fields the Kubernetes model does not know").isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void runsEveryTopologyServiceFromItsImageOnItsPortWithItsHeap(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            int port = jvm.declared().port();
            assertThat(jvm.app().getImage()).as(jvm.name() + " image").isEqualTo("ecommerce/" + jvm.name() + ":" + VERSION);
            assertThat(jvm.app().getPorts()).as(jvm.name() + " container ports").singleElement()
                    .satisfies(declared -> assertThat(declared.getContainerPort()).isEqualTo(port));
            assertThat(jvm.environment().value("PORT")).as(jvm.name() + " PORT").contains(String.valueOf(port));
            assertThat(jvm.environment().value("JAVA_TOOL_OPTIONS").orElse("").split(" "))
                    .as(jvm.name() + " JAVA_TOOL_OPTIONS").contains("-Xmx" + jvm.declared().heap());
            assertThat(manifests.service(jvm.name())).as(jvm.name() + " Service").hasValueSatisfying(service ->
                    assertThat(service.getSpec().getPorts()).singleElement()
                            .satisfies(served -> assertThat(served.getPort()).isEqualTo(port)));
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void limitsEveryJvmToMemoryAboveItsHeap(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            ResourceRequirements resources = jvm.app().getResources();
            assertThat(resources.getLimits()).as(jvm.name() + " limits").containsKey("memory");
            assertThat(resources.getRequests()).as(jvm.name() + " requests").containsKeys("cpu", "memory");
            long limit = bytes(resources.getLimits().get("memory"));
            long heap = bytes(new Quantity(jvm.declared().heap().toUpperCase() + "i"));
            assertThat(limit).as(jvm.name() + " memory limit leaves room beside the heap of " + jvm.declared().heap())
                    .isGreaterThanOrEqualTo(heap + NON_HEAP_BYTES);
            assertThat(bytes(resources.getRequests().get("memory"))).as(jvm.name() + " memory request").isLessThanOrEqualTo(limit);
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void probesTheHealthGroupsOnTheApplicationPort(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            assertProbe(jvm, "readiness", jvm.app().getReadinessProbe(), "/actuator/health/readiness");
            assertProbe(jvm, "liveness", jvm.app().getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(jvm, "startup", jvm.app().getStartupProbe(), "/actuator/health/liveness");
            Probe startup = jvm.app().getStartupProbe();
            assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
                    .as(jvm.name() + ": seconds the startup probe waits for a first start").isGreaterThanOrEqualTo(120);
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void runsEveryJvmUnprivilegedWithAReadOnlyRootFilesystem(KubernetesManifests manifests) {
        for (KubernetesManifests.Jvm jvm : manifests.jvms()) {
            var container = jvm.app().getSecurityContext();
            assertThat(jvm.pod().getSecurityContext().getRunAsNonRoot()).as(jvm.name() + " runAsNonRoot").isTrue();
            assertThat(container.getAllowPrivilegeEscalation()).as(jvm.name() + " privilege escalation").isFalse();
            assertThat(container.getReadOnlyRootFilesystem()).as(jvm.name() + " read-only root").isTrue();
            assertThat(container.getCapabilities().getDrop()).as(jvm.name() + " capabilities").containsExactly("ALL");
            String tmp = jvm.app().getVolumeMounts().stream().filter(mount -> mount.getMountPath().equals("/tmp"))
                    .map(mount -> mount.getName()).findFirst().orElseThrow(() -> new AssertionError(jvm.name() + " mounts no /tmp"));
            assertThat(jvm.pod().getVolumes()).as(jvm.name() + " volume " + tmp)
                    .anySatisfy(volume -> assertThat(volume.getName().equals(tmp) && volume.getEmptyDir() != null).isTrue());
            assertThat(jvm.pod().getEnableServiceLinks()).as(jvm.name() + ": Service links would set REDIS_PORT=tcp://...")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void runsNothingButTheTopologyRedisAndZipkin(KubernetesManifests manifests) {
        Set<String> expected = new HashSet<>(Set.of("redis", "zipkin"));
        Topology.load().services().forEach(declared -> expected.add(declared.name()));
        assertThat(manifests.deployments()).extracting(deployment -> deployment.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void keepsOneDiscoveryServerEvenDuringARollout(KubernetesManifests manifests) {
        Deployment discovery = manifests.requireDeployment("discovery-server");
        assertThat(discovery.getSpec().getReplicas()).as("discovery-server replicas (its registries do not peer)").isEqualTo(1);
        assertThat(discovery.getSpec().getStrategy().getType()).as("discovery-server strategy").isEqualTo("Recreate");
    }

    private static void assertProbe(KubernetesManifests.Jvm jvm, String kind, Probe probe, String path) {
        String what = jvm.name() + " " + kind + " probe";
        assertThat(probe).as(what).isNotNull();
        assertThat(probe.getHttpGet()).as(what + " is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        assertThat(KubernetesManifests.containerPort(jvm.pod(), probe.getHttpGet().getPort()))
                .as(what + " port " + probe.getHttpGet().getPort()).contains(jvm.declared().port());
    }

    private static long bytes(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity).longValueExact();
    }
}
