package com.ecommerce.testsupport.deploy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The variables of a Deployment's application container, with the value each gets: written in
 * the manifest or taken from a ConfigMap or Secret of the same kustomization. A variable from the
 * Downward API (the pod's address or name) has no value known before the pod runs.
 */
record ContainerEnvironment(String deployment, Map<String, EnvVar> variables, KubernetesManifests manifests) {

    /** The container every JVM Deployment runs its application in (the shared patches name it). */
    static final String APPLICATION = "app";

    static ContainerEnvironment of(KubernetesManifests manifests, String deployment) {
        Map<String, EnvVar> variables = new LinkedHashMap<>();
        application(manifests.requireDeployment(deployment)).getEnv().forEach(variable -> variables.put(variable.getName(), variable));
        return new ContainerEnvironment(deployment, variables, manifests);
    }

    static Container application(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals(APPLICATION)).findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " has no container " + APPLICATION));
    }

    boolean has(String variable) {
        return variables.containsKey(variable);
    }

    /** The variable's value, empty when it is not set or comes from the Downward API. */
    Optional<String> value(String variable) {
        EnvVar set = variables.get(variable);
        if (set == null) {
            return Optional.empty();
        }
        if (set.getValueFrom() == null) {
            return Optional.ofNullable(set.getValue());
        }
        var configMapKey = set.getValueFrom().getConfigMapKeyRef();
        if (configMapKey != null) {
            return manifests.configMap(configMapKey.getName()).map(ConfigMap::getData).map(data -> data.get(configMapKey.getKey()));
        }
        var secretKey = set.getValueFrom().getSecretKeyRef();
        if (secretKey != null) {
            return manifests.secret(secretKey.getName()).flatMap(secret -> secretValue(secret, secretKey.getKey()));
        }
        return Optional.empty();
    }

    /** The Secret a variable is read from, if it is. */
    Optional<String> secretOf(String variable) {
        return Optional.ofNullable(variables.get(variable)).map(EnvVar::getValueFrom)
                .map(source -> source.getSecretKeyRef()).map(reference -> reference.getName() + "/" + reference.getKey());
    }

    static Optional<String> secretValue(Secret secret, String key) {
        if (secret.getStringData() != null && secret.getStringData().containsKey(key)) {
            return Optional.of(secret.getStringData().get(key));
        }
        return Optional.ofNullable(secret.getData()).map(data -> data.get(key))
                .map(encoded -> new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
    }
}
