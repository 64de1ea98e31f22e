package com.ecommerce.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ecommerce.system.Platform;
import tools.jackson.databind.JsonNode;

/**
 * The API documents the gateway serves for every service ({@code /v3/api-docs/<service>}), read
 * into operations with every {@code $ref} resolved, so requests can be generated from them.
 */
final class ApiDocuments {

    static final List<String> SERVICES = List.of("product-service", "inventory-service", "cart-service",
            "order-service", "payment-service", "user-service");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private ApiDocuments() {
    }

    static List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            HttpResponse<String> docs = Platform.get(Platform.GATEWAY + "/v3/api-docs/" + service);
            assertThat(docs.statusCode()).as(service + " API document").isEqualTo(200);
            operations.addAll(read(service, Platform.json(docs)));
        }
        return operations;
    }

    static List<ApiOperation> read(String service, JsonNode document) {
        Refs refs = new Refs(document);
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(operation(service, operation.getKey().toUpperCase(), path.getKey(),
                            operation.getValue(), refs));
                }
            }
        }
        return operations;
    }

    private static ApiOperation operation(String service, String method, String path, JsonNode spec, Refs refs) {
        List<ApiOperation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : spec.path("parameters")) {
            String in = parameter.get("in").asString();
            JsonNode schema = refs.resolve(parameter.path("schema"));
            boolean required = parameter.path("required").asBoolean(false);
            if ("query".equals(in) && schema.has("properties")) {
                // A form object bound from the query string: each of its fields is a parameter.
                Set<String> requiredFields = names(schema.path("required"));
                for (Map.Entry<String, JsonNode> field : schema.get("properties").properties()) {
                    parameters.add(new ApiOperation.Parameter(field.getKey(), in, requiredFields.contains(field.getKey()),
                            refs.resolve(field.getValue())));
                }
            } else {
                parameters.add(new ApiOperation.Parameter(parameter.get("name").asString(), in, required, schema));
            }
        }
        JsonNode json = spec.path("requestBody").path("content").path("application/json").path("schema");
        return new ApiOperation(service, method, path, List.copyOf(parameters), json.isMissingNode() ? null : refs.deep(json));
    }

    static Set<String> names(JsonNode array) {
        Set<String> names = new java.util.HashSet<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    /** {@code $ref}s of one document, resolved (recursion stops at a depth no API of the shop reaches). */
    private record Refs(JsonNode document) {

        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            while (current.has("$ref")) {
                String ref = current.get("$ref").asString();
                current = document.at(ref.substring(1));
            }
            return current;
        }

        JsonNode deep(JsonNode schema) {
            return deep(schema, 0);
        }

        private JsonNode deep(JsonNode schema, int depth) {
            JsonNode resolved = resolve(schema);
            if (depth > 6 || !resolved.isObject()) {
                return resolved;
            }
            tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) resolved.deepCopy();
            if (copy.has("items")) {
                copy.set("items", deep(copy.get("items"), depth + 1));
            }
            if (copy.has("properties")) {
                Iterator<String> names = new ArrayList<>(copy.get("properties").propertyNames()).iterator();
                tools.jackson.databind.node.ObjectNode properties = (tools.jackson.databind.node.ObjectNode) copy.get("properties");
                while (names.hasNext()) {
                    String name = names.next();
                    properties.set(name, deep(properties.get(name), depth + 1));
                }
            }
            return copy;
        }
    }
}
