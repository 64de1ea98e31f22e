package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The seed's problem statement: 100 units, 200 concurrent orders. Checkout is rate limited per
 * customer (burst 5), so 40 customers place 5 orders each, all at once; a 429 is retried with
 * the same Idempotency-Key, so a retry can never become a second order.
 */
class FlashSaleIT {

    private static final int STOCK = 100;
    private static final int CUSTOMERS = 40;
    private static final int ORDERS_EACH = 5;

    @Test
    void twoHundredBuyersOfAHundredUnitsGetExactlyAHundredConfirmedOrders() throws Exception {
        String productId = new Catalog(Shop.admin()).productWithStock("5000", STOCK);
        List<Shop.Session> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> Shop.signUp()).toList();
        Map<String, Shop.Session> owners = new ConcurrentHashMap<>();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> placing = new ArrayList<>();
            for (Shop.Session customer : customers) {
                for (int i = 0; i < ORDERS_EACH; i++) {
                    placing.add(threads.submit(() -> owners.put(place(customer, productId), customer)));
                }
            }
            for (Future<?> order : placing) {
                order.get();
            }
        }
        assertThat(owners).hasSize(CUSTOMERS * ORDERS_EACH);

        Map<String, JsonNode> settled = awaitAllSettled(customers, owners.keySet());
        List<JsonNode> confirmed = settled.values().stream().filter(o -> status(o).equals("CONFIRMED")).toList();
        List<JsonNode> cancelled = settled.values().stream().filter(o -> status(o).equals("CANCELLED")).toList();
        assertThat(confirmed).hasSize(STOCK);
        assertThat(cancelled).hasSize(CUSTOMERS * ORDERS_EACH - STOCK)
                .allSatisfy(o -> assertThat(o.get("cancellationReason").asString()).isEqualTo("OUT_OF_STOCK"));
        JsonNode stock = Catalog.stock(productId);
        assertThat(stock.get("availableQuantity").asInt()).isZero();
        assertThat(stock.get("reservedQuantity").asInt()).isZero();
        assertThat(stock.get("soldQuantity").asInt()).isEqualTo(STOCK);
        assertMoneyCapturedEqualsConfirmedTotals(confirmed, owners);
        Invariants.assertHold(Shop.admin());
    }

    private static String place(Shop.Session customer, String productId) {
        HttpResponse<String> response = Orders.place(customer, Orders.items(productId, 1, null), UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Shop.json(response).get("id").asString();
    }

    /** Reads each customer's own orders (one request per customer per round) until every order ended. */
    private static Map<String, JsonNode> awaitAllSettled(List<Shop.Session> customers, java.util.Set<String> ids) {
        Map<String, JsonNode> settled = new ConcurrentHashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (Shop.Session customer : customers) {
                JsonNode mine = Shop.json(Shop.get("/api/v1/orders/my?size=" + ORDERS_EACH, customer.auth()));
                mine.forEach(order -> {
                    if (ids.contains(order.get("id").asString()) && Orders.TERMINAL.contains(status(order))) {
                        settled.put(order.get("id").asString(), order);
                    }
                });
            }
            return settled.size() == ids.size();
        });
        return settled;
    }

    /** Money conserved: each confirmed order has exactly its total captured, and they add up. */
    private static void assertMoneyCapturedEqualsConfirmedTotals(List<JsonNode> confirmed, Map<String, Shop.Session> owners) {
        BigDecimal totals = BigDecimal.ZERO;
        BigDecimal captured = BigDecimal.ZERO;
        for (JsonNode order : confirmed) {
            String id = order.get("id").asString();
            JsonNode payment = Orders.payment(owners.get(id), id);
            assertThat(payment).as("payment of " + id).isNotNull();
            assertThat(payment.get("status").asString()).isEqualTo("CAPTURED");
            totals = totals.add(order.get("totalAmount").decimalValue());
            captured = captured.add(new BigDecimal(payment.get("amount").asString()));
        }
        assertThat(captured).isEqualByComparingTo(totals).isEqualByComparingTo(new BigDecimal(5000 * STOCK));
    }

    private static String status(JsonNode order) {
        return order.get("status").asString();
    }
}
