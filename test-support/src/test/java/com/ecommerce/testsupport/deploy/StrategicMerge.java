package com.ecommerce.testsupport.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of Kubernetes' strategic merge patch the overlays use: maps merge key by key, a null
 * removes a key, lists of objects merge item by item on their merge key (as the built-in types
 * declare it), anything else the patch replaces. Custom resources have no merge keys, so kustomize
 * merges them as a JSON merge patch, lists replaced whole: {@code strategic} false does the same.
 * Directives such as {@code $patch: delete} are not supported and fail.
 */
final class StrategicMerge {

    /** Fields whose items are matched on something other than {@code name}. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "ports", "containerPort",
            "volumeMounts", "mountPath");

    private StrategicMerge() {
    }

    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch, boolean strategic) {
        Map<String, Object> merged = new LinkedHashMap<>(target);
        patch.forEach((field, value) -> {
            if (field.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + field + " is not supported here");
            }
            if (value == null) {
                merged.remove(field);
            } else {
                merged.put(field, mergeValue(field, merged.get(field), value, strategic));
            }
        });
        return merged;
    }

    private static Object mergeValue(String field, Object current, Object patch, boolean strategic) {
        if (current instanceof Map<?, ?> && patch instanceof Map<?, ?>) {
            return apply(YamlFiles.asMap(current), YamlFiles.asMap(patch), strategic);
        }
        if (strategic && current instanceof List<?> items && patch instanceof List<?> patched
                && keyed(items) && keyed(patched)) {
            return mergeList(MERGE_KEYS.getOrDefault(field, "name"), items, patched);
        }
        return patch;
    }

    private static List<Object> mergeList(String key, List<?> items, List<?> patched) {
        List<Object> merged = new ArrayList<>(items);
        for (Object item : patched) {
            Map<String, Object> patchItem = YamlFiles.asMap(item);
            int index = indexOf(merged, key, patchItem.get(key));
            if (index < 0) {
                merged.add(patchItem);
            } else {
                merged.set(index, apply(YamlFiles.asMap(merged.get(index)), patchItem, true));
            }
        }
        return merged;
    }

    private static int indexOf(List<Object> items, String key, Object value) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(YamlFiles.asMap(items.get(i)).get(key), value)) {
                return i;
            }
        }
        return -1;
    }

    /** A list of objects that each carry a merge key candidate (name, containerPort or mountPath). */
    private static boolean keyed(List<?> items) {
        return !items.isEmpty() && items.stream().allMatch(item -> item instanceof Map<?, ?> map
                && (map.containsKey("name") || map.containsKey("containerPort") || map.containsKey("mountPath")));
    }
}
