package com.ecommerce.testsupport.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a kustomization into its resources, as {@code kubectl apply -k} would, for the subset of
 * Kustomize the files under deploy/kubernetes use: {@code resources} (files, or directories holding
 * a kustomization), {@code namespace}, {@code replicas} and {@code patches} (strategic merge, from a
 * file, aimed at the resource the patch names or at every one its {@code target} selects by kind,
 * name or an equality label selector). Any other field fails, so the files cannot quietly outgrow
 * what is checked.
 */
final class Kustomization {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "replicas", "patches");
    private static final Set<String> TARGET_FIELDS = Set.of("kind", "name", "labelSelector");

    private Kustomization() {
    }

    /** The resources of the kustomization in {@code directory}, every patch applied. */
    static List<Map<String, Object>> build(Path directory) {
        Map<String, Object> kustomization = YamlFiles.map(directory.resolve("kustomization.yaml"));
        List<String> unsupported = kustomization.keySet().stream().filter(field -> !SUPPORTED.contains(field)).toList();
        if (!unsupported.isEmpty()) {
            throw new AssertionError(directory + "/kustomization.yaml uses " + unsupported + ", which Kustomization does not implement");
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : YamlFiles.asList(kustomization.get("resources"))) {
            Path path = directory.resolve(String.valueOf(entry)).normalize();
            resources.addAll(Files.isDirectory(path) ? build(path) : manifests(path));
        }
        for (Object entry : YamlFiles.asList(kustomization.get("patches"))) {
            patch(resources, directory, YamlFiles.asMap(entry));
        }
        for (Object entry : YamlFiles.asList(kustomization.get("replicas"))) {
            Map<String, Object> replicas = YamlFiles.asMap(entry);
            Map<String, Object> patch = Map.of("spec", Map.of("replicas", replicas.get("count")));
            apply(resources, Map.of("kind", "Deployment", "name", replicas.get("name")), patch, directory + " replicas " + replicas.get("name"));
        }
        Object namespace = kustomization.get("namespace");
        return namespace == null ? resources : resources.stream().map(resource -> inNamespace(resource, namespace)).toList();
    }

    /** The non-empty YAML documents of a file. */
    static List<Map<String, Object>> manifests(Path file) {
        return new ArrayList<>(YamlFiles.documents(file).stream().filter(document -> !document.isEmpty()).toList());
    }

    private static void patch(List<Map<String, Object>> resources, Path directory, Map<String, Object> entry) {
        if (!entry.containsKey("path") || entry.keySet().stream().anyMatch(field -> !Set.of("path", "target").contains(field))) {
            throw new AssertionError(directory + ": a patch is a path with an optional target, not " + entry.keySet());
        }
        Path file = directory.resolve(String.valueOf(entry.get("path")));
        for (Map<String, Object> patch : manifests(file)) {
            Map<String, Object> target = entry.containsKey("target") ? YamlFiles.asMap(entry.get("target"))
                    : Map.of("kind", patch.get("kind"), "name", YamlFiles.asMap(patch.get("metadata")).get("name"));
            if (!TARGET_FIELDS.containsAll(target.keySet())) {
                throw new AssertionError(file + ": target " + target.keySet() + " beyond " + TARGET_FIELDS);
            }
            apply(resources, target, withoutName(patch), file.toString());
        }
    }

    private static void apply(List<Map<String, Object>> resources, Map<String, Object> target, Map<String, Object> patch,
            String source) {
        int matched = 0;
        for (int i = 0; i < resources.size(); i++) {
            Map<String, Object> resource = resources.get(i);
            if (selects(target, resource)) {
                resources.set(i, StrategicMerge.apply(resource, patch, builtIn(resource)));
                matched++;
            }
        }
        if (matched == 0) {
            throw new AssertionError(source + " patches nothing: no resource matches " + target);
        }
    }

    private static boolean selects(Map<String, Object> target, Map<String, Object> resource) {
        Map<String, Object> metadata = YamlFiles.asMap(resource.get("metadata"));
        Map<String, Object> labels = YamlFiles.asMap(metadata.get("labels"));
        boolean kind = !target.containsKey("kind") || target.get("kind").equals(resource.get("kind"));
        boolean name = !target.containsKey("name") || target.get("name").equals(metadata.get("name"));
        boolean selector = !target.containsKey("labelSelector") || List.of(String.valueOf(target.get("labelSelector")).split(","))
                .stream().map(term -> term.split("=", 2))
                .allMatch(term -> term.length == 2 && term[1].strip().equals(String.valueOf(labels.get(term[0].strip()))));
        return kind && name && selector;
    }

    /** The patch's own name only says which resource it is for; with a target, the target says. */
    private static Map<String, Object> withoutName(Map<String, Object> patch) {
        Map<String, Object> copy = new LinkedHashMap<>(patch);
        Map<String, Object> metadata = new LinkedHashMap<>(YamlFiles.asMap(copy.get("metadata")));
        metadata.remove("name");
        copy.put("metadata", metadata);
        copy.remove("apiVersion");
        copy.remove("kind");
        return copy;
    }

    /** Kubernetes' own types (core, apps, autoscaling...) know merge keys; custom resources do not. */
    private static boolean builtIn(Map<String, Object> resource) {
        String apiVersion = String.valueOf(resource.get("apiVersion"));
        return !apiVersion.contains("/") || !apiVersion.substring(0, apiVersion.indexOf('/')).contains(".");
    }

    private static Map<String, Object> inNamespace(Map<String, Object> resource, Object namespace) {
        if ("Namespace".equals(resource.get("kind"))) {
            return resource;
        }
        Map<String, Object> metadata = new LinkedHashMap<>(YamlFiles.asMap(resource.get("metadata")));
        metadata.put("namespace", namespace);
        Map<String, Object> copy = new LinkedHashMap<>(resource);
        copy.put("metadata", metadata);
        return copy;
    }
}
