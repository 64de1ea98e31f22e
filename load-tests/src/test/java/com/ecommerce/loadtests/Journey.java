package com.ecommerce.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The seed's k6 journey, step for step: list products, view one, add it to the cart, review the
 * cart, check out with probability 0.8 (the cart's items), read the order; 1–2 s of thinking
 * between steps and 1 s at the end. Differences from the seed, each for a reason: every virtual
 * user is a real signed-up customer (the seed forged tokens for a shared cart), the product is a
 * random one of the page (the seed bought products[0], which sells out and then measures
 * cancellations), and a 201 counts as success (ARCHITECTURE's status codes).
 */
final class Journey {

    /**
     * Units each product of the first page holds before a run. The journey orders the cart's items
     * (as the seed did), which does not empty the cart, so a customer's n-th order holds n units:
     * 50 customers over 5 minutes buy about 20,000 units, spread over the page's 20 products.
     */
    static final int RESTOCKED_UNITS = 5_000;

    private static final Duration THINK_MIN = Duration.ofSeconds(1);
    private static final Duration THINK_MAX = Duration.ofSeconds(2);

    private Journey() {
    }

    static HttpProtocolBuilder protocol(String baseUrl) {
        return http.baseUrl(baseUrl)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .disableWarmUp();   // the default warm-up calls a host on the internet
    }

    /** A record per customer ({@code token}), handed out in turn. */
    static FeederBuilder<Object> customers(List<String> tokens) {
        List<Map<String, Object>> records = tokens.stream().map(t -> Map.<String, Object>of("token", t)).toList();
        return listFeeder(records).circular();
    }

    /** One pass of the journey by the customer in the session's {@code token}. */
    static ChainBuilder iteration() {
        return exec(http("list products").get("/api/v1/products")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jmesPath("[*].id").ofList().saveAs("productIds")))
                .exec(Journey::pickProduct)
                .pause(THINK_MIN, THINK_MAX)
                .exec(http("product detail").get("/api/v1/products/#{productId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)))
                .pause(THINK_MIN, THINK_MAX)
                .exec(http("add to cart").post("/api/v1/carts/items")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"productId\":\"#{productId}\",\"quantity\":1}"))
                        .check(status().in(200, 201), jmesPath("items").ofList().saveAs("cartItems")))
                .pause(THINK_MIN, THINK_MAX)
                .exec(http("review cart").get("/api/v1/carts")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)))
                .pause(THINK_MIN, THINK_MAX)
                .exec(randomSwitch().on(percent(80.0).then(checkout())))
                .pause(Duration.ofSeconds(1));
    }

    /** Place the cart as an order, then read it back. */
    static ChainBuilder checkout() {
        return exec(session -> session.set("orderBody", orderBody(session)))
                .exec(placeOrder("#{orderBody}"))
                .exec(http("order status").get("/api/v1/orders/#{orderId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200)));
    }

    /**
     * {@code POST /api/v1/orders} by the session's customer with a new Idempotency-Key; expects
     * 201 and saves the order's id as {@code orderId}.
     */
    static ChainBuilder placeOrder(String body) {
        return exec(session -> session.set("idempotencyKey", UUID.randomUUID().toString()))
                .exec(http("place order").post("/api/v1/orders")
                        .header("Authorization", "Bearer #{token}")
                        .header("Idempotency-Key", "#{idempotencyKey}")
                        .body(StringBody(body))
                        .check(status().is(201), jmesPath("id").saveAs("orderId")));
    }

    /** An order body for one unit of one product ({@code productId} may be a session expression). */
    static String oneUnitOf(String productId, String shippingName) {
        return """
                {"items":[{"productId":"%s","quantity":1}],"shippingAddress":"Seoul, Korea",\
                "shippingName":"%s","shippingPhone":"010-1234-5678"}""".formatted(productId, shippingName);
    }

    private static Session pickProduct(Session session) {
        List<Object> ids = session.getList("productIds");
        return session.set("productId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
    }

    /** The seed's order body: every cart item, with the price field the server must ignore. */
    private static String orderBody(Session session) {
        List<Object> items = session.getList("cartItems");
        String lines = items.stream().map(item -> (Map<?, ?>) item)
                .map(item -> "{\"productId\":\"%s\",\"quantity\":%s,\"price\":10000}".formatted(item.get("productId"), item.get("quantity")))
                .collect(Collectors.joining(","));
        return """
                {"items":[%s],"shippingAddress":"Seoul, Korea (Simulated Address)","shippingName":"Bench Customer",\
                "shippingPhone":"010-1234-5678"}""".formatted(lines);
    }
}
