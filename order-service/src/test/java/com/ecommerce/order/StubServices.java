package com.ecommerce.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * product-service's batch read and cart-service's cart on a local port: what checkout reads
 * synchronously, with knobs for the failures the tests need (a catalog error, a slow product).
 */
public final class StubServices {

    public static final String LAPTOP = "0PRODUCT00001";
    public static final String MOUSE = "0PRODUCT00002";
    public static final String DRAFT = "0PRODUCT0DRFT";
    /** Priced only after {@link #releaseSlow()}: keeps a checkout in flight. */
    public static final String SLOW = "0PRODUCTSLOW1";

    private static final Map<String, String> PRODUCTS = Map.of(
            LAPTOP, product(LAPTOP, "Laptop", "15000", "ACTIVE"),
            MOUSE, product(MOUSE, "Mouse", "2500.50", "ACTIVE"),
            DRAFT, product(DRAFT, "Draft", "100", "DRAFT"),
            SLOW, product(SLOW, "Slow", "1000", "ACTIVE"));
    private static final Map<String, String> CARTS = new ConcurrentHashMap<>();
    private static volatile boolean catalogDown;
    private static volatile CountDownLatch slow = new CountDownLatch(1);
    private static HttpServer server;

    private StubServices() {
    }

    /** The cart cart-service shows to the bearer of {@code token} (the tests' JWT token value). */
    public static void cart(String token, String itemsJson) {
        CARTS.put(token, "{\"items\":" + itemsJson + "}");
    }

    public static void catalogDown(boolean down) {
        catalogDown = down;
    }

    public static void holdSlow() {
        slow = new CountDownLatch(1);
    }

    public static void releaseSlow() {
        slow.countDown();
    }

    static synchronized String start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/api/v1/products/batch", StubServices::batch);
            server.createContext("/api/v1/carts", StubServices::cart);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void batch(HttpExchange exchange) throws IOException {
        String ids = exchange.getRequestURI().getQuery().replaceFirst("^ids=", "");
        if (catalogDown) {
            respond(exchange, 500, "{}");
            return;
        }
        if (ids.contains(SLOW)) {
            awaitRelease();
        }
        respond(exchange, 200, Arrays.stream(ids.split(",")).map(PRODUCTS::get).filter(p -> p != null)
                .collect(Collectors.joining(",", "[", "]")));
    }

    private static void cart(HttpExchange exchange) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("Authorization").replaceFirst("^Bearer ", "");
        respond(exchange, 200, CARTS.getOrDefault(token, "{\"items\":[]}"));
    }

    private static void awaitRelease() {
        try {
            slow.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String product(String id, String name, String price, String status) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"originalPrice\":" + price + ",\"salePrice\":" + price
                + ",\"status\":\"" + status + "\",\"images\":[]}";
    }

    /** Points the service's catalog and cart clients at the stub. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = start();
            TestPropertyValues.of("ecommerce.order.catalog.base-url=" + url, "ecommerce.order.cart.base-url=" + url)
                    .applyTo(context);
        }
    }
}
