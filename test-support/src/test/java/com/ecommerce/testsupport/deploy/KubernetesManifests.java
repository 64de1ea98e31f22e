package com.ecommerce.testsupport.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import com.ecommerce.testsupport.Topology;

/**
 * One kustomization of deploy/kubernetes, built ({@link Kustomization}) and read into the fabric8
 * Kubernetes model: Kubernetes' own kinds as their typed classes, the operators' custom resources
 * (Strimzi, CloudNativePG) as {@link GenericKubernetesResource}.
 */
record KubernetesManifests(String name, List<HasMetadata> resources) {

    /** The kustomizations a user applies: the base as it is, and the single-node overlay. */
    static final List<String> KUSTOMIZATIONS = List.of("base", "overlays/local");

    /** Each of them built, for {@code @FieldSource} (built per test, so one that fails to build fails each test). */
    static final Supplier<Stream<KubernetesManifests>> BUILT = () -> KUSTOMIZATIONS.stream().map(KubernetesManifests::load);

    /** A JVM of deploy/topology as this kustomization runs it. */
    record Jvm(Topology.Service declared, Deployment deployment, PodSpec pod, Container app,
            ContainerEnvironment environment, ModuleConfiguration configuration) {

        String name() {
            return declared.name();
        }
    }

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static KubernetesManifests load(String kustomization) {
        Path directory = directory().resolve(kustomization);
        return new KubernetesManifests(kustomization, Kustomization.build(directory).stream()
                .map(KubernetesManifests::typed).toList());
    }

    /** Every JVM of deploy/topology, each with its Deployment (which must exist) and configuration. */
    List<Jvm> jvms() {
        return Topology.load().services().stream().map(declared -> {
            Deployment deployment = requireDeployment(declared.name());
            return new Jvm(declared, deployment, deployment.getSpec().getTemplate().getSpec(),
                    ContainerEnvironment.application(deployment), ContainerEnvironment.of(this, declared.name()),
                    ModuleConfiguration.of(Topology.repositoryRoot(), declared.name()));
        }).toList();
    }

    static Path directory() {
        return Topology.repositoryRoot().resolve("deploy/kubernetes");
    }

    /** One manifest in the fabric8 model (fails on YAML that is no Kubernetes resource). */
    static HasMetadata typed(Map<String, Object> manifest) {
        Object parsed = SERIALIZATION.unmarshal(SERIALIZATION.asJson(manifest));
        if (!(parsed instanceof HasMetadata resource)) {
            throw new AssertionError("not a Kubernetes resource: " + manifest);
        }
        return resource;
    }

    /** The number a port reference (a number, or the name of a port) stands for in a pod, if any. */
    static Optional<Integer> containerPort(PodSpec pod, IntOrString reference) {
        return pod.getContainers().stream().flatMap(container -> container.getPorts().stream())
                .filter(port -> reference.getIntVal() != null ? reference.getIntVal().equals(port.getContainerPort())
                        : reference.getStrVal().equals(port.getName()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(resource -> resource.getKind().equals(kind)).toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    Optional<Deployment> deployment(String deployment) {
        return named(Deployment.class, deployment);
    }

    Deployment requireDeployment(String deployment) {
        return deployment(deployment).orElseThrow(() -> new AssertionError(this + " has no Deployment " + deployment));
    }

    Optional<Service> service(String service) {
        return named(Service.class, service);
    }

    Optional<ConfigMap> configMap(String configMap) {
        return named(ConfigMap.class, configMap);
    }

    Optional<Secret> secret(String secret) {
        return named(Secret.class, secret);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return all(HorizontalPodAutoscaler.class);
    }

    GenericKubernetesResource requireSingle(String kind) {
        List<GenericKubernetesResource> found = custom(kind);
        if (found.size() != 1) {
            throw new AssertionError(this + " has " + found.size() + " " + kind + " resources, wants exactly one");
        }
        return found.getFirst();
    }

    private <T extends HasMetadata> Optional<T> named(Class<T> type, String resource) {
        Predicate<T> byName = candidate -> candidate.getMetadata().getName().equals(resource);
        return all(type).stream().filter(byName).findFirst();
    }

    @Override
    public String toString() {
        return "deploy/kubernetes/" + name;
    }
}
