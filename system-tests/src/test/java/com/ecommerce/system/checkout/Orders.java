package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** The Orders API for one customer. */
public final class Orders {

    /** Within this, the saga of one order ends: the participants answer in milliseconds. */
    public static final Duration SETTLES_WITHIN = Duration.ofSeconds(20);
    public static final Set<String> TERMINAL = Set.of("CONFIRMED", "CANCELLED");

    private Orders() {
    }

    public static String items(String productId, int quantity, String token) {
        String payment = token == null ? "" : ",\"payment\":{\"method\":\"CARD\",\"token\":\"" + token + "\"}";
        return """
                {"items":[{"productId":"%s","quantity":%d,"price":10000}],"shippingAddress":"Seoul, Korea",
                 "shippingName":"Checkout Tester","shippingPhone":"010-1234-5678"%s}""".formatted(productId, quantity, payment);
    }

    public static HttpResponse<String> place(Shop.Session customer, String body, String idempotencyKey) {
        String[] headers = idempotencyKey == null ? customer.auth()
                : new String[] {"Authorization", "Bearer " + customer.accessToken(), "Idempotency-Key", idempotencyKey};
        return Shop.post("/api/v1/orders", body, headers);
    }

    /** Places an order that must be accepted (201, PENDING) and answers its id. */
    public static String placed(Shop.Session customer, String body) {
        HttpResponse<String> response = place(customer, body, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode order = Shop.json(response);
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        return order.get("id").asString();
    }

    public static JsonNode order(Shop.Session customer, String orderId) {
        HttpResponse<String> response = Shop.get("/api/v1/orders/" + orderId, customer.auth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Shop.json(response);
    }

    /** Waits until the saga ended and answers the order. */
    public static JsonNode settled(Shop.Session customer, String orderId) {
        await().atMost(SETTLES_WITHIN).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> TERMINAL.contains(order(customer, orderId).get("status").asString()));
        return order(customer, orderId);
    }

    /** The order's payment, or null while payment-service does not know it. */
    public static JsonNode payment(Shop.Session customer, String orderId) {
        HttpResponse<String> response = Shop.get("/api/v1/payments/orders/" + orderId, customer.auth());
        return response.statusCode() == 200 ? Shop.json(response) : null;
    }
}
