package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
        HttpResponse<String> app = Platform.get(Platform.DISCOVERY + "/eureka/apps/" + service.toUpperCase(),
                "Accept", "application/json");
        assertThat(app.statusCode()).as("%s in the registry: %s", service, app.body()).isEqualTo(200);
        JsonNode instances = Platform.json(app).get("application").get("instance");
        for (JsonNode instance : instances.isArray() ? instances : List.of(instances)) {
            if ("UP".equals(instance.get("status").asString())) {
                return "http://" + instance.get("ipAddr").asString() + ":" + instance.get("port").get("$").asInt();
            }
        }
        throw new AssertionError(service + " has no UP instance: " + app.body());
    }
}
