package com.ecommerce.system.observe;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.ecommerce.system.Platform;
import tools.jackson.databind.JsonNode;

/** The Prometheus that {@code ./platform test} starts beside the platform, through its HTTP API. */
public final class Prometheus {

    public static final String URL = System.getProperty("prometheus.url", "http://127.0.0.1:9090");

    private Prometheus() {
    }

    public record Sample(JsonNode labels, double value) {

        public String label(String name) {
            return labels.path(name).asString("");
        }
    }

    /** The instant vector of {@code expression}; fails on a query Prometheus rejects. */
    public static List<Sample> query(String expression) {
        JsonNode body = call("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8));
        List<Sample> samples = new ArrayList<>();
        for (JsonNode result : body.get("data").get("result")) {
            samples.add(new Sample(result.get("metric"), Double.parseDouble(result.get("value").get(1).asString())));
        }
        return samples;
    }

    /** The value of an expression that yields one series, or null while it yields none. */
    public static Double value(String expression) {
        List<Sample> samples = query(expression);
        if (samples.size() > 1) {
            throw new AssertionError(expression + " yields " + samples.size() + " series, expected one: " + samples);
        }
        return samples.isEmpty() ? null : samples.getFirst().value();
    }

    /** Every metric name Prometheus holds samples of. */
    public static Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        call("/api/v1/label/__name__/values").get("data").forEach(name -> names.add(name.asString()));
        return names;
    }

    private static JsonNode call(String path) {
        HttpResponse<String> response = Platform.get(URL + path);
        if (response.statusCode() != 200) {
            throw new AssertionError("Prometheus answered " + response.statusCode() + " to " + path + ": " + response.body());
        }
        return Platform.json(response);
    }
}
