package com.ecommerce.cart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.ecommerce.cart.domain.ProductId;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * product-service's batch endpoint as a local HTTP server: answers the products a test published
 * in product-service's JSON shape with its anonymous visibility (ACTIVE only: any other status is
 * left out, as if the product did not exist), 500 for failing ids, a chosen status for rejected ones.
 */
public final class CatalogStub {

    private static final Map<String, String> PRODUCTS = new ConcurrentHashMap<>();
    private static final Map<String, String> STATUSES = new ConcurrentHashMap<>();
    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    private static final Map<String, Integer> REJECTING = new ConcurrentHashMap<>();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final HttpServer SERVER = start();

    private CatalogStub() {
    }

    public static void publish(ProductId id, String name, String salePrice) {
        publish(id, name, salePrice, "ACTIVE");
    }

    /** A product in the catalog with any status; only an ACTIVE one is shown to the cart's anonymous read. */
    public static void publish(ProductId id, String name, String salePrice, String status) {
        STATUSES.put(id.value(), status);
        PRODUCTS.put(id.value(), """
                {"id":"%s","name":"%s","description":"d","categoryId":"1","originalPrice":%s,"salePrice":%s,
                 "discountRate":0.00,"status":"%s","images":[],"createdAt":"2026-11-25T10:00:00Z",
                 "updatedAt":"2026-11-25T10:00:00Z"}""".formatted(id.value(), name, salePrice, salePrice, status));
    }

    public static void failFor(ProductId id) {
        FAILING.add(id.value());
    }

    /** Asking for this id answers {@code status} (e.g. 401) with a problem body. */
    public static void rejectFor(ProductId id, int status) {
        REJECTING.put(id.value(), status);
    }

    public static int requests() {
        return REQUESTS.get();
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/products/batch", CatalogStub::batch);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void batch(HttpExchange exchange) throws IOException {
        REQUESTS.incrementAndGet();
        String query = exchange.getRequestURI().getQuery();
        Set<String> ids = Arrays.stream(query.substring(query.indexOf("ids=") + 4).split(","))
                .collect(Collectors.toSet());
        int status = ids.stream().anyMatch(FAILING::contains) ? 500
                : ids.stream().map(REJECTING::get).filter(s -> s != null).findFirst().orElse(200);
        String body = status != 200 ? "{}" : ids.stream().filter(id -> "ACTIVE".equals(STATUSES.get(id)))
                .map(PRODUCTS::get).collect(Collectors.joining(",", "[", "]"));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Points the service's catalog client at this stub. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("ecommerce.cart.catalog.base-url=http://127.0.0.1:" + SERVER.getAddress().getPort())
                    .applyTo(context);
        }
    }
}
