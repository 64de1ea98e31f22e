package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import tools.jackson.databind.JsonNode;

/**
 * Many orders of one product placed by several customers at once, and what became of them. Each
 * order has its own Idempotency-Key, so a placement retried after a refusal the platform may
 * give under load or while a service restarts (429, 409 in flight, 502/503/504) never becomes a
 * second order. A 500 is never retried: it is a defect, and the test fails on it.
 */
public final class OrderBatch {

    /** Answers worth retrying with the same key: rate limited, first attempt still in flight, service away. */
    private static final Set<Integer> TRANSIENT = Set.of(409, 429, 502, 503, 504);

    private final String productId;
    private final Map<String, Shop.Session> owners = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> settled = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();

    public OrderBatch(String productId) {
        this.productId = productId;
    }

    /** Every customer places {@code each} orders of one unit, all concurrently; answers the new order ids. */
    public List<String> place(Collection<Shop.Session> customers, int each, Duration retryWithin) throws Exception {
        List<String> placed = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> placing = new ArrayList<>();
            for (Shop.Session customer : customers) {
                for (int i = 0; i < each; i++) {
                    placing.add(threads.submit(() -> placeOne(customer, retryWithin)));
                }
            }
            for (Future<String> order : placing) {
                placed.add(order.get());
            }
        }
        return placed;
    }

    /** Places one order of one unit, retried with its key while the answer is transient; answers its id. */
    public String placeOne(Shop.Session customer, Duration retryWithin) {
        String key = UUID.randomUUID().toString();
        String body = Orders.items(productId, 1, null);
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await("order accepted").atMost(retryWithin).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> response = attempt(customer, body, key);
            last.set(response);
            requests.increment();
            if (response == null || TRANSIENT.contains(response.statusCode())) {
                refusals.computeIfAbsent(response == null ? "no answer" : String.valueOf(response.statusCode()),
                        k -> new LongAdder()).increment();
                return false;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return true;
        });
        String id = Shop.json(last.get()).get("id").asString();
        owners.put(id, customer);
        return id;
    }

    /** One attempt; null when the connection itself failed (the gateway going away counts as transient). */
    private static HttpResponse<String> attempt(Shop.Session customer, String body, String key) {
        try {
            return Orders.place(customer, body, key);
        } catch (java.io.UncheckedIOException connectionFailed) {
            return null;
        }
    }

    public int size() {
        return owners.size();
    }

    /** Placement requests sent, retries included. */
    public long requests() {
        return requests.sum();
    }

    /** The transient refusals placements met and retried, by status code ("no answer": no connection). */
    public Map<String, Long> refusals() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        refusals.forEach((code, count) -> counts.put(code, count.sum()));
        return counts;
    }

    /** Reads each customer's own orders (one request per customer per round) until every order ended. */
    public void awaitAllTerminal(Duration within, int pageSize) {
        Set<Shop.Session> customers = Set.copyOf(owners.values());
        await("every order terminal").atMost(within).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (Shop.Session customer : customers) {
                HttpResponse<String> mine = Shop.get("/api/v1/orders/my?size=" + pageSize, customer.auth());
                if (mine.statusCode() != 200) {
                    return false;
                }
                Shop.json(mine).forEach(order -> {
                    String id = order.get("id").asString();
                    if (owners.containsKey(id) && Orders.TERMINAL.contains(status(order))) {
                        settled.put(id, order);
                    }
                });
            }
            return settled.size() == owners.size();
        });
    }

    /** Each settled order's status by id. */
    public Map<String, String> statuses() {
        Map<String, String> statuses = new java.util.TreeMap<>();
        settled.forEach((id, order) -> statuses.put(id, status(order)));
        return statuses;
    }

    public JsonNode order(String id) {
        return settled.get(id);
    }

    public List<JsonNode> withStatus(String status) {
        return settled.values().stream().filter(o -> status(o).equals(status)).toList();
    }

    /**
     * Money conserved order by order: each confirmed order's payment is CAPTURED for exactly its
     * total. Answers the sum captured.
     */
    public BigDecimal assertEachConfirmedOrderCapturedItsTotal() {
        BigDecimal captured = BigDecimal.ZERO;
        for (JsonNode order : withStatus("CONFIRMED")) {
            String id = order.get("id").asString();
            JsonNode payment = Orders.payment(owners.get(id), id);
            assertThat(payment).as("payment of " + id).isNotNull();
            assertThat(payment.get("status").asString()).as("payment of " + id).isEqualTo("CAPTURED");
            BigDecimal amount = new BigDecimal(payment.get("amount").asString());
            assertThat(amount).as("captured for " + id).isEqualByComparingTo(order.get("totalAmount").decimalValue());
            captured = captured.add(amount);
        }
        return captured;
    }

    /** The product's stock accounts for this batch: nothing held, sold = confirmed, the rest still available. */
    public void assertStockAccountedFor(String productId, int startedWith) {
        int confirmed = withStatus("CONFIRMED").size();
        JsonNode stock = Catalog.stock(productId);
        assertThat(stock.get("reservedQuantity").asInt()).as("no unit left held: %s", stock).isZero();
        assertThat(stock.get("soldQuantity").asInt()).as("sold = confirmed orders: %s", stock).isEqualTo(confirmed);
        assertThat(stock.get("availableQuantity").asInt()).as("stock conserved: %s", stock)
                .isEqualTo(startedWith - confirmed);
    }

    public static String status(JsonNode order) {
        return order.get("status").asString();
    }
}
