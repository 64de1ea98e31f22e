package com.ecommerce.loadtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.ecommerce.testsupport.ShopInvariants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop's API as a simulation's set-up and check steps use it (outside the measured load): sign
 * customers up, create products with stock, read orders and the admin reports. Plain JDK HTTP
 * through the gateway; any unexpected answer ends the run, since a benchmark on a broken set-up
 * measures nothing.
 */
final class ShopClient {

    static final JsonMapper JSON = ShopInvariants.JSON;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    ShopClient(String base) {
        this.base = base;
    }

    static ShopClient gateway() {
        return new ShopClient(BenchSettings.GATEWAY);
    }

    /** Access tokens of {@code count} new customers, signed up in parallel. */
    List<String> signUpCustomers(int count) {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> tokens = IntStream.range(0, count).mapToObj(i -> pool.submit(this::signUp)).toList();
            return tokens.stream().map(ShopClient::join).toList();
        }
    }

    String signUp() {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        JsonNode body = expect(201, post("/api/v1/auth/signup", """
                {"email":"%s","password":"%s","name":"Bench Customer"}""".formatted(email, BenchSettings.CUSTOMER_PASSWORD), null));
        return body.get("accessToken").asString();
    }

    String logIn(String email, String password) {
        JsonNode body = expect(200, post("/api/v1/auth/login", """
                {"email":"%s","password":"%s"}""".formatted(email, password), null));
        return body.get("accessToken").asString();
    }

    String adminToken() {
        return logIn(BenchSettings.ADMIN_EMAIL, BenchSettings.ADMIN_PASSWORD);
    }

    /** A new ACTIVE product with {@code units} more in stock than new products start with; its id. */
    String productWithStock(String admin, String name, int units) {
        String category = expect(200, get("/api/v1/categories", null)).get(0).get("id").asString();
        String id = expect(201, post("/api/v1/products", """
                [{"name":"%s","description":"benchmark product","categoryId":"%s",
                  "originalPrice":12000,"salePrice":9900,"status":"ACTIVE"}]""".formatted(name, category), admin))
                .get(0).get("id").asString();
        // inventory-service creates the stock row when it sees ProductCreated.
        awaitTrue("stock row of " + id, Duration.ofSeconds(30),
                () -> get("/api/v1/inventory/products/" + id, null).statusCode() == 200);
        adjustStock(admin, id, units);
        return id;
    }

    /**
     * Tops every product of the catalog's first page (the page the journey buys from) up to at least
     * {@code units} available, as an admin restocks before a sale: without it, earlier runs sell the
     * page out and a journey measures OUT_OF_STOCK cancellations instead of checkouts.
     */
    void restockFirstPage(String admin, int units) {
        for (JsonNode product : expect(200, get("/api/v1/products", null))) {
            String id = product.get("id").asString();
            adjustStock(admin, id, Math.max(0, units - stock(id).get("availableQuantity").asInt()));
        }
    }

    /** Adds {@code delta} units to the product's stock (removes them when negative). */
    void adjustStock(String admin, String productId, int delta) {
        if (delta == 0) {
            return;
        }
        expect(200, post("/api/v1/inventory/products/" + productId + "/adjust", """
                {"quantity":%d,"changeType":"%s","reason":"benchmark stock"}"""
                .formatted(Math.abs(delta), delta > 0 ? "INCREASE" : "DECREASE"), admin));
    }

    JsonNode stock(String productId) {
        return expect(200, get("/api/v1/inventory/products/" + productId, null));
    }

    JsonNode order(String admin, String orderId) {
        return expect(200, get("/api/v1/orders/" + orderId, admin));
    }

    JsonNode report(String admin, String path) {
        return expect(200, get(path, admin));
    }

    HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    HttpResponse<String> post(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode expect(int status, HttpResponse<String> response) {
        if (response.statusCode() == 502 || response.statusCode() == 503 || response.statusCode() == 504) {
            throw new Unavailable("%s %s answered %d: %s".formatted(response.request().method(), response.uri(),
                    response.statusCode(), response.body()));
        }
        if (response.statusCode() != status) {
            throw new IllegalStateException("%s %s answered %d, expected %d: %s".formatted(response.request().method(),
                    response.uri(), response.statusCode(), status, response.body()));
        }
        return JSON.readTree(response.body());
    }

    /** The service behind the path did not answer (502, 503, 504): worth asking again shortly. */
    static final class Unavailable extends IllegalStateException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Polls until the condition holds; fails the set-up after {@code within}. */
    static void awaitTrue(String what, Duration within, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + within + ": " + what);
            }
            pause();
        }
    }

    /** The interval between two polls of a condition (not a wait for an outcome). */
    static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while polling", e);
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
