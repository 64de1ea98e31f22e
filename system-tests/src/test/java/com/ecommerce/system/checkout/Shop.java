package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop as a client sees it through the gateway. (The helpers of {@code com.ecommerce.system}
 * are package-private, so this package has its own, built the same way.) Rate-limited calls
 * (429) are waited out: the limit working is not a failure of the flow under test.
 */
final class Shop {

    static final String GATEWAY = System.getProperty("gateway.url", "http://127.0.0.1:8080");
    static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Shop() {
    }

    record Session(String userId, String accessToken) {

        String[] auth() {
            return new String[] {"Authorization", "Bearer " + accessToken};
        }
    }

    static Session signUp() {
        String email = "checkout-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = withinRateLimit(() -> send("POST", "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Checkout Customer\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return session(json(response));
    }

    static Session admin() {
        HttpResponse<String> response = withinRateLimit(() -> send("POST", "/api/v1/auth/login",
                "{\"email\":\"admin@shop.local\",\"password\":\"local-only-change-me-2026\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return session(json(response));
    }

    static HttpResponse<String> get(String path, String... headers) {
        return withinRateLimit(() -> send("GET", path, null, headers));
    }

    static HttpResponse<String> post(String path, String body, String... headers) {
        return withinRateLimit(() -> send("POST", path, body, headers));
    }

    /** Repeats the call while the gateway answers 429, for at most two minutes. */
    static HttpResponse<String> withinRateLimit(Supplier<HttpResponse<String>> call) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.set(call.get());
            return last.get().statusCode() != 429;
        });
        return last.get();
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Session session(JsonNode body) {
        return new Session(body.get("user").get("id").asString(), body.get("accessToken").asString());
    }
}
