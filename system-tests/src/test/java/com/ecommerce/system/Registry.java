package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Service addresses as the gateway finds them: from the Eureka registry, for tests that must
 * reach one service past the edge (its own token check still applies there).
 */
public final class Registry {

    private Registry() {
    }

    /** The base URL of the first registered UP instance of {@code service}, e.g. {@code http://127.0.0.1:8083}. */
    public static String baseUrl(String service) {
        HttpResponse<String> app = application(service);
        assertThat(app.statusCode()).as("%s in the registry: %s", service, app.body()).isEqualTo(200);
        return upInstances(app).stream().findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no UP instance: " + app.body()));
    }

    /** The base URLs of every UP instance of {@code service}; none while it is not registered. */
    public static List<String> upInstances(String service) {
        HttpResponse<String> app = application(service);
        return app.statusCode() == 200 ? upInstances(app) : List.of();
    }

    private static HttpResponse<String> application(String service) {
        return Platform.get(Platform.DISCOVERY + "/eureka/apps/" + service.toUpperCase(), "Accept", "application/json");
    }

    private static List<String> upInstances(HttpResponse<String> app) {
        JsonNode instances = Platform.json(app).get("application").get("instance");
        List<String> up = new ArrayList<>();
        for (JsonNode instance : instances.isArray() ? instances : List.of(instances)) {
            if ("UP".equals(instance.get("status").asString())) {
                up.add("http://" + instance.get("ipAddr").asString() + ":" + instance.get("port").get("$").asInt());
            }
        }
        return up;
    }
}
