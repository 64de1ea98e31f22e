package com.ecommerce.system.observe;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.ecommerce.system.Platform;
import tools.jackson.databind.JsonNode;

/** The Zipkin that {@code ./platform test} starts before the services, through its v2 API. */
public final class Zipkin {

    public static final String URL = System.getProperty("zipkin.url", "http://127.0.0.1:9411");

    private Zipkin() {
    }

    /** One span as Zipkin stores it; {@code parentId} is null for a root, {@code kind} for a local span. */
    public record Span(String id, String parentId, String service, String kind, String name) {
    }

    /** The spans Zipkin holds for a trace so far (none while it has not heard of it). */
    public static List<Span> trace(String traceId) {
        HttpResponse<String> response = Platform.get(URL + "/api/v2/trace/" + traceId);
        if (response.statusCode() == 404) {
            return List.of();
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("Zipkin answered " + response.statusCode() + " for trace " + traceId + ": " + response.body());
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode span : Platform.json(response)) {
            spans.add(new Span(span.path("id").asString(), span.path("parentId").asString(null),
                    span.path("localEndpoint").path("serviceName").asString(""), span.path("kind").asString(null),
                    span.path("name").asString("")));
        }
        return spans;
    }
}
