package com.ecommerce.system.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.ecommerce.system.Accounts;
import com.ecommerce.system.Platform;
import com.ecommerce.testsupport.Percentiles;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Checkout end to end on this machine: orders placed by {@code bench.concurrency} clients in a
 * closed loop, each saga running through inventory and payment to CONFIRMED. Prints orders/s
 * placed and confirmed, the latency of the POST, and the latency from placement to CONFIRMED
 * (the order's own timestamps, so no polling interval blurs it).
 *
 * <p>Straight at the services, not through the gateway: the gateway limits checkout to 2 orders/s
 * per customer by design, which would measure the limiter. Tokens are the real ones, checked by
 * every service. Products are spread over {@code bench.products} rows with ample stock, so the
 * number is the saga's, not one hot row's (the inventory benchmark measures that).
 */
class CheckoutBench {

    private static final String ORDERS = System.getProperty("bench.order-url", "http://127.0.0.1:8083");
    private static final String USERS = System.getProperty("bench.user-url", "http://127.0.0.1:8087");
    private static final String CATALOG = System.getProperty("bench.product-url", "http://127.0.0.1:8081");
    private static final String INVENTORY = System.getProperty("bench.inventory-url", "http://127.0.0.1:8086");
    private static final int ORDER_COUNT = Integer.getInteger("bench.orders", 600);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 20);
    private static final int PRODUCTS = Integer.getInteger("bench.products", 20);
    /** Orders per second offered at a fixed pace (open loop); 0 places them as fast as the clients can. */
    private static final int RATE = Integer.getInteger("bench.rate", 0);

    @Test
    void checkoutThroughput() throws Exception {
        String admin = logIn(Accounts.ADMIN_EMAIL, Accounts.ADMIN_PASSWORD);
        List<String> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> signUp()).toList();
        List<String> products = IntStream.range(0, PRODUCTS).mapToObj(i -> productWithStock(admin, ORDER_COUNT)).toList();
        placeClosedLoop(customers, products, 2 * CONCURRENCY, new ConcurrentLinkedQueue<>());   // warm-up, not counted
        awaitNothingPending(admin);

        Queue<Placed> placed = new ConcurrentLinkedQueue<>();
        Instant started = Instant.now();
        place(customers, products, ORDER_COUNT, placed);
        Duration placing = Duration.between(started, Instant.now());
        awaitNothingPending(admin);

        report(admin, new ArrayList<>(placed), placing);
    }

    private record Placed(String id, long postMillis) {
    }

    private static void place(List<String> customers, List<String> products, int count, Queue<Placed> placed)
            throws InterruptedException {
        if (RATE > 0) {
            placeAtRate(customers, products, count, placed);
        } else {
            placeClosedLoop(customers, products, count, placed);
        }
    }

    /**
     * Open loop: order i is sent at start + i / RATE whether or not earlier ones were answered, so
     * a slow answer cannot hold back the load (no coordinated omission) and the latency measured is
     * the one customers arriving at this rate would see.
     */
    private static void placeAtRate(List<String> customers, List<String> products, int count, Queue<Placed> placed) {
        long start = System.nanoTime();
        long interval = 1_000_000_000L / RATE;
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                }
                senders.submit(() -> placed.add(placeOne(customers, products)));
            }
        }
    }

    /** Closed loop: CONCURRENCY clients, each placing its next order as soon as the last was accepted. */
    private static void placeClosedLoop(List<String> customers, List<String> products, int count, Queue<Placed> placed)
            throws InterruptedException {
        AtomicInteger left = new AtomicInteger(count);
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CONCURRENCY; c++) {
                clients.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        placed.add(placeOne(customers, products));
                    }
                    return null;
                });
            }
        }
    }

    private static Placed placeOne(List<String> customers, List<String> products) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String customer = customers.get(random.nextInt(customers.size()));
        String product = products.get(random.nextInt(products.size()));
        String body = """
                {"items":[{"productId":"%s","quantity":1}],"shippingAddress":"Seoul, Korea",
                 "shippingName":"Bench Buyer","shippingPhone":"010-1234-5678"}""".formatted(product);
        long start = System.nanoTime();
        HttpResponse<String> response = Platform.post(ORDERS + "/api/v1/orders", body, "Authorization",
                Platform.bearer(customer), "Idempotency-Key", UUID.randomUUID().toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new Placed(Platform.json(response).get("id").asString(), millis);
    }

    private static void awaitNothingPending(String admin) {
        await("no order pending").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() ->
                Platform.get(ORDERS + "/api/v1/orders?status=PENDING&size=1", "Authorization", Platform.bearer(admin))
                        .headers().firstValue("X-Total-Count").orElse("-1").equals("0"));
    }

    private static void report(String admin, List<Placed> placed, Duration placing) {
        List<Long> sagaMillis = new ArrayList<>();
        Instant firstPlaced = Instant.MAX;
        Instant lastConfirmed = Instant.MIN;
        int cancelled = 0;
        for (Placed order : placed) {
            JsonNode view = Platform.json(Platform.get(ORDERS + "/api/v1/orders/" + order.id(),
                    "Authorization", Platform.bearer(admin)));
            Instant at = Instant.parse(view.get("createdAt").asString());
            Instant updated = Instant.parse(view.get("updatedAt").asString());
            firstPlaced = at.isBefore(firstPlaced) ? at : firstPlaced;
            if (view.get("status").asString().equals("CONFIRMED")) {
                sagaMillis.add(Duration.between(at, updated).toMillis());
                lastConfirmed = updated.isAfter(lastConfirmed) ? updated : lastConfirmed;
            } else {
                cancelled++;
            }
        }
        List<Long> postMillis = placed.stream().map(Placed::postMillis).toList();
        double confirmWindow = Duration.between(firstPlaced, lastConfirmed).toMillis() / 1000.0;
        System.out.println();
        System.out.printf("checkout benchmark: %d orders, %s, %d customers, %d products%n", placed.size(),
                RATE > 0 ? "offered at " + RATE + " orders/s" : CONCURRENCY + " clients as fast as they can",
                CUSTOMERS, PRODUCTS);
        System.out.printf("placed:    %.1f orders/s (%.1f s); POST latency %s%n",
                placed.size() / (placing.toMillis() / 1000.0), placing.toMillis() / 1000.0, Percentiles.of(postMillis).millis());
        System.out.printf("confirmed: %d, %.1f orders/s (first placement to last confirmation, %.1f s); cancelled: %d%n",
                sagaMillis.size(), sagaMillis.size() / confirmWindow, confirmWindow, cancelled);
        System.out.printf("POST to CONFIRMED: %s%n%n", Percentiles.of(sagaMillis).millis());
        assertThat(cancelled).as("orders cancelled although stock and cards were fine").isZero();
    }

    private static String signUp() {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = Platform.post(USERS + "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"" + Accounts.PASSWORD + "\",\"name\":\"Bench Buyer\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Platform.json(response).get("accessToken").asString();
    }

    private static String logIn(String email, String password) {
        HttpResponse<String> response = Platform.post(USERS + "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Platform.json(response).get("accessToken").asString();
    }

    /** A new ACTIVE product with at least {@code units} available, so the run never sells out. */
    private static String productWithStock(String admin, int units) {
        String category = Platform.json(Platform.get(CATALOG + "/api/v1/categories")).get(0).get("id").asString();
        HttpResponse<String> created = Platform.post(CATALOG + "/api/v1/products", """
                [{"name":"Bench product %s","description":"checkout benchmark","categoryId":"%s",
                  "originalPrice":12000,"salePrice":9900,"status":"ACTIVE"}]""".formatted(UUID.randomUUID(), category),
                "Authorization", Platform.bearer(admin));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Platform.json(created).get(0).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Platform.get(INVENTORY + "/api/v1/inventory/products/" + id).statusCode() == 200);
        HttpResponse<String> adjusted = Platform.post(INVENTORY + "/api/v1/inventory/products/" + id + "/adjust",
                "{\"quantity\":" + units + ",\"changeType\":\"INCREASE\",\"reason\":\"checkout benchmark\"}",
                "Authorization", Platform.bearer(admin));
        assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
        return id;
    }
}
