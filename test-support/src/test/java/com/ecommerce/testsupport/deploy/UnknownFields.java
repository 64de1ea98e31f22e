package com.ecommerce.testsupport.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * Fields of a manifest that the Kubernetes model does not know. fabric8 keeps them aside instead
 * of failing (its classes collect them as additional properties), so a misspelt {@code readinesProbe}
 * would parse and be ignored by the cluster; this walks the parsed objects and names each one.
 * Custom resources have no schema here and are skipped.
 */
final class UnknownFields {

    private static final String MODEL = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    static List<String> of(Object resource) {
        List<String> unknown = new ArrayList<>();
        if (!(resource instanceof GenericKubernetesResource)) {
            walk(resource, "", unknown);
        }
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown) {
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, entry) -> walk(entry, path + "." + key, unknown));
        } else if (value != null && value.getClass().getName().startsWith(MODEL)) {
            for (Method getter : value.getClass().getMethods()) {
                if (isProperty(getter)) {
                    Object property = invoke(getter, value);
                    if (getter.getName().equals("getAdditionalProperties")) {
                        ((Map<?, ?>) property).keySet().forEach(field -> unknown.add(path + "." + field));
                    } else {
                        walk(property, path + "." + getter.getName().substring(3), unknown);
                    }
                }
            }
        }
    }

    private static boolean isProperty(Method method) {
        return method.getName().startsWith("get") && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass().getName().startsWith(MODEL);
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }
}
