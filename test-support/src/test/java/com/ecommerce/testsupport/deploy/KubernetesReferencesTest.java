package com.ecommerce.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What the manifests refer to exists: keys of ConfigMaps and Secrets, the pods and ports a Service
 * sends to, the Deployment an autoscaler scales, a KafkaTopic for every topic the code uses.
 */
class KubernetesReferencesTest {

    private static final String BUILT = "com.ecommerce.testsupport.deploy.KubernetesManifests#BUILT";
    /** Scaled by hand only (see autoscaling.yaml): one registry. */
    private static final String REGISTRY = "discovery-server";
    /** At least these scale with their load (stateless, no partitions to share). */
    private static final Set<String> AUTOSCALED = Set.of("api-gateway", "product-service", "cart-service");

    private final MessagingContract messaging = MessagingContract.read();

    @ParameterizedTest
    @FieldSource(BUILT)
    void takesEveryReferencedKeyFromAnExistingConfigMapOrSecret(KubernetesManifests manifests) {
        for (Deployment deployment : manifests.deployments()) {
            String name = deployment.getMetadata().getName();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                container.getEnv().stream().filter(variable -> variable.getValueFrom() != null).forEach(variable ->
                        assertReference(manifests, name + " " + variable.getName(), variable.getValueFrom()));
                container.getEnvFrom().forEach(source -> {
                    if (source.getConfigMapRef() != null) {
                        assertThat(manifests.configMap(source.getConfigMapRef().getName())).as(name + " envFrom").isPresent();
                    }
                    if (source.getSecretRef() != null) {
                        assertThat(manifests.secret(source.getSecretRef().getName())).as(name + " envFrom").isPresent();
                    }
                });
            }
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void sendsEveryServiceToOneDeploymentsPodsOnAPortTheyListenOn(KubernetesManifests manifests) {
        for (Service service : manifests.all(Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            List<Deployment> selected = manifests.deployments().stream().filter(deployment ->
                    deployment.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).as("Deployments whose pods Service " + service.getMetadata().getName() + " selects").hasSize(1);
            PodSpec pod = selected.getFirst().getSpec().getTemplate().getSpec();
            service.getSpec().getPorts().forEach(port -> assertThat(KubernetesManifests.containerPort(pod, port.getTargetPort()))
                    .as(service.getMetadata().getName() + " targetPort " + port.getTargetPort()).isPresent());
        }
        for (Deployment deployment : manifests.deployments()) {
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .as(deployment.getMetadata().getName() + " pods carry its selector's labels")
                    .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        }
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void autoscalesStatelessDeploymentsOnlyAsFarAsTheirPartitionsReach(KubernetesManifests manifests) {
        for (HorizontalPodAutoscaler autoscaler : manifests.autoscalers()) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertThat(target.getKind() + " " + target.getApiVersion()).as(autoscaler.getMetadata().getName()).isEqualTo("Deployment apps/v1");
            Deployment deployment = manifests.requireDeployment(target.getName());
            assertThat(target.getName()).as("autoscaled").isNotEqualTo(REGISTRY);
            int min = autoscaler.getSpec().getMinReplicas();
            int max = autoscaler.getSpec().getMaxReplicas();
            assertThat(deployment.getSpec().getReplicas()).as(target.getName() + " replicas within its autoscaler's").isBetween(min, max);
            if (messaging.consumers().contains(target.getName())) {
                assertThat(max).as(target.getName() + " consumes: more instances than partitions would idle")
                        .isLessThanOrEqualTo(messaging.partitions());
            }
        }
        assertThat(manifests.autoscalers()).extracting(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName())
                .doesNotHaveDuplicates().containsAll(AUTOSCALED);
    }

    @ParameterizedTest
    @FieldSource(BUILT)
    void declaresEveryTopicTheServicesUseOnTheKafkaCluster(KubernetesManifests manifests) {
        String cluster = manifests.requireSingle("Kafka").getMetadata().getName();
        List<GenericKubernetesResource> topics = manifests.custom("KafkaTopic");
        assertThat(messaging.topics()).as("Topics.ALL").containsAll(messaging.listenedTo());
        assertThat(topics).extracting(KubernetesReferencesTest::topicName)
                .as("KafkaTopics (spec.topicName, else the resource name)").containsExactlyInAnyOrderElementsOf(messaging.topics());
        int brokers = StrimziKafka.brokers(manifests, cluster);
        for (GenericKubernetesResource topic : topics) {
            String name = topicName(topic);
            assertThat(topic.getMetadata().getLabels()).as(name + " strimzi.io/cluster").containsEntry("strimzi.io/cluster", cluster);
            assertThat(topic.<Integer>get("spec", "partitions")).as(name + " partitions, as the services create them")
                    .isEqualTo(messaging.partitions());
            assertThat(topic.<Integer>get("spec", "replicas")).as(name + " replicas, at most one per broker")
                    .isNotNull().isBetween(1, brokers);
        }
    }

    private static String topicName(GenericKubernetesResource topic) {
        String name = topic.get("spec", "topicName");
        return name != null ? name : topic.getMetadata().getName();
    }

    private static void assertReference(KubernetesManifests manifests, String what, EnvVarSource source) {
        if (source.getConfigMapKeyRef() != null) {
            var reference = source.getConfigMapKeyRef();
            assertThat(manifests.configMap(reference.getName())).as(what + " ConfigMap " + reference.getName())
                    .hasValueSatisfying(configMap -> assertThat(configMap.getData()).containsKey(reference.getKey()));
        }
        if (source.getSecretKeyRef() != null) {
            var reference = source.getSecretKeyRef();
            assertThat(manifests.secret(reference.getName())).as(what + " Secret " + reference.getName())
                    .hasValueSatisfying(secret -> assertThat(ContainerEnvironment.secretValue(secret, reference.getKey()))
                            .as("key " + reference.getKey()).isPresent());
        }
    }
}
