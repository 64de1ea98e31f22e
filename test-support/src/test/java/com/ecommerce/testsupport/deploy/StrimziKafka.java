package com.ecommerce.testsupport.deploy;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/** Reads the Strimzi resources of a kustomization: the nodes of a Kafka cluster and its bootstrap address. */
final class StrimziKafka {

    private StrimziKafka() {
    }

    /** The node pools of the cluster: the label strimzi.io/cluster ties a pool to its Kafka. */
    static List<GenericKubernetesResource> pools(KubernetesManifests manifests, String cluster) {
        return manifests.custom("KafkaNodePool").stream()
                .filter(pool -> cluster.equals(pool.getMetadata().getLabels().get("strimzi.io/cluster"))).toList();
    }

    static int nodes(KubernetesManifests manifests, String cluster, String role) {
        return pools(manifests, cluster).stream()
                .filter(pool -> pool.<List<String>>get("spec", "roles").contains(role))
                .mapToInt(pool -> pool.<Integer>get("spec", "replicas")).sum();
    }

    static int brokers(KubernetesManifests manifests, String cluster) {
        return nodes(manifests, cluster, "broker");
    }

    /** host:port of the Service Strimzi creates for the cluster's plain (non-TLS) internal listener. */
    static String plainBootstrap(GenericKubernetesResource kafka) {
        List<Map<String, Object>> listeners = kafka.get("spec", "kafka", "listeners");
        return listeners.stream()
                .filter(listener -> "internal".equals(listener.get("type")) && Boolean.FALSE.equals(listener.get("tls")))
                .map(listener -> kafka.getMetadata().getName() + "-kafka-bootstrap:" + listener.get("port"))
                .findFirst().orElseThrow(() -> new AssertionError("Kafka " + kafka.getMetadata().getName() + " has no plain internal listener"));
    }
}
