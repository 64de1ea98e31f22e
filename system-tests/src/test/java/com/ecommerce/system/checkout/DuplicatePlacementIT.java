package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import com.ecommerce.system.Platform;
import com.ecommerce.system.Registry;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A client that retries hard: 1,000 copies of one placement, sent at once with one
 * Idempotency-Key, make exactly one order and reserve its stock once. They go straight to
 * order-service (found in the registry, with the customer's own token), because the gateway's
 * checkout limit would let only five of them through and the test would prove nothing.
 */
class DuplicatePlacementIT {

    private static final int COPIES = 1_000;
    private static final int STOCK = 10;
    /** The order itself, replayed or first, and "the first copy is still being placed". */
    private static final Set<Integer> EXPECTED = Set.of(201, 409);
    private static final int CONNECTIONS = 100;

    @Test
    void aThousandConcurrentCopiesOfOnePlacementMakeOneOrder() throws Exception {
        String productId = new Catalog(Shop.admin()).productWithStock("3000", STOCK);
        Shop.Session customer = Shop.signUp();
        String orders = Registry.baseUrl("order-service") + "/api/v1/orders";
        String body = Orders.items(productId, 2, null);
        String key = UUID.randomUUID().toString();

        HttpRequest placement = HttpRequest.newBuilder(URI.create(orders)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", Platform.bearer(customer.accessToken()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<HttpResponse<String>> answers = sendAtOnce(placement);

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, TreeMap::new, Collectors.counting()));
        System.out.printf("%d copies of one placement: answers by status %s%n", COPIES, byStatus);
        assertThat(byStatus.keySet()).as("answers by status").isSubsetOf(EXPECTED).contains(201);
        Set<String> ids = answers.stream().filter(a -> a.statusCode() == 201)
                .map(a -> Platform.json(a).get("id").asString()).collect(Collectors.toSet());
        assertThat(ids).as("order ids answered").hasSize(1);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(a -> assertThat(a.headers()
                .firstValue("Content-Type")).as(a.body()).hasValueSatisfying(t -> assertThat(t).contains("problem+json")));

        String orderId = ids.iterator().next();
        JsonNode mine = Shop.json(Shop.get("/api/v1/orders/my?size=10", customer.auth()));
        assertThat(Shop.list(mine)).as("the customer's orders").extracting(o -> o.get("id").asString())
                .containsExactly(orderId);
        assertThat(Orders.settled(customer, orderId).get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode stock = Catalog.stock(productId);
        assertThat(stock.get("soldQuantity").asInt()).as("sold once: %s", stock).isEqualTo(2);
        assertThat(stock.get("availableQuantity").asInt()).as("stock conserved: %s", stock).isEqualTo(STOCK - 2);

        HttpResponse<String> later = Platform.post(orders, body,
                "Authorization", Platform.bearer(customer.accessToken()), "Idempotency-Key", key);
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        assertThat(Platform.json(later).get("id").asString()).isEqualTo(orderId);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    /**
     * Every copy waits at one gate, so they reach the service together rather than one after another,
     * on at most half the connections the service serves at once (Tomcat's max-connections is 200), as a
     * pooling client would: a thousand fresh connections would overflow its accept queue and time out
     * behind kept-alive ones, testing the socket, not the key. The client is closed afterwards, so its
     * idle connections do not keep the gateway from the service.
     */
    private static List<HttpResponse<String>> sendAtOnce(HttpRequest request) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Semaphore connections = new Semaphore(CONNECTIONS);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient(); var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> sending = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                sending.add(threads.submit(() -> {
                    gate.await();
                    connections.acquire();
                    try {
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    } finally {
                        connections.release();
                    }
                }));
            }
            gate.countDown();
            for (Future<HttpResponse<String>> answer : sending) {
                answers.add(answer.get());
            }
        }
        return answers;
    }
}
