package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/** One customer's checkout through the gateway, ending in every outcome the saga has; each run three times. */
class CheckoutJourneyIT {

    static Catalog catalog;

    @BeforeAll
    static void admin() {
        catalog = new Catalog(Shop.admin());
    }

    /** The seed's k6 journey: browse → product → add to cart → view cart → place order → read order. */
    @RepeatedTest(3)
    void theSeedsSixStepJourneyEndsConfirmedAtTheCatalogPrice() {
        String productId = catalog.productWithStock("12500", 10);
        Shop.Session customer = Shop.signUp();

        HttpResponse<String> browse = Shop.get("/api/v1/products", customer.auth());
        assertThat(browse.statusCode()).isEqualTo(200);
        assertThat(Shop.json(browse).isArray()).isTrue();
        assertThat(Shop.get("/api/v1/products/" + productId, customer.auth()).statusCode()).isEqualTo(200);
        HttpResponse<String> added = Shop.post("/api/v1/carts/items",
                "{\"productId\":\"" + productId + "\",\"quantity\":2}", customer.auth());
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        JsonNode cart = Shop.json(Shop.get("/api/v1/carts", customer.auth()));
        assertThat(Shop.list(cart.get("items"))).extracting(i -> i.get("productId").asString()).contains(productId);

        String orderId = Orders.placed(customer, Orders.items(productId, 2, null));
        JsonNode order = Orders.settled(customer, orderId);

        assertThat(order.get("status").asString()).as(order.toString()).isEqualTo("CONFIRMED");
        assertThat(order.get("totalAmount").decimalValue()).as("the client's price is ignored")
                .isEqualByComparingTo("25000");
        assertThat(Catalog.stock(productId).get("availableQuantity").asInt()).isEqualTo(8);
        assertThat(Catalog.stock(productId).get("soldQuantity").asInt()).isEqualTo(2);
        Invariants.assertHold(Shop.admin());
    }

    @RepeatedTest(3)
    void anOrderFromTheCartClearsTheCartOnceConfirmed() {
        String productId = catalog.productWithStock("3000", 5);
        Shop.Session customer = Shop.signUp();
        Shop.post("/api/v1/carts/items", "{\"productId\":\"" + productId + "\",\"quantity\":1}", customer.auth());

        String orderId = Orders.placed(customer, """
                {"fromCart":true,"shippingAddress":"Seoul","shippingName":"Cart Tester","shippingPhone":"01012345678"}""");

        assertThat(Orders.settled(customer, orderId).get("status").asString()).isEqualTo("CONFIRMED");
        await().atMost(Orders.SETTLES_WITHIN).until(() ->
                Shop.json(Shop.get("/api/v1/carts", customer.auth())).path("items").isEmpty());
        Invariants.assertHold(Shop.admin());
    }

    @RepeatedTest(3)
    void aDeclinedCardCancelsTheOrderAndGivesTheStockBack() {
        String productId = catalog.productWithStock("9900", 10);
        Shop.Session customer = Shop.signUp();

        String orderId = Orders.placed(customer, Orders.items(productId, 3, "tok_chargeDeclined"));
        JsonNode order = Orders.settled(customer, orderId);

        assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(order.get("cancellationReason").asString()).isEqualTo("PAYMENT_DECLINED");
        await().atMost(Orders.SETTLES_WITHIN).untilAsserted(() -> {
            JsonNode stock = Catalog.stock(productId);
            assertThat(stock.get("availableQuantity").asInt()).isEqualTo(10);
            assertThat(stock.get("reservedQuantity").asInt()).isZero();
        });
        Invariants.assertHold(Shop.admin());
    }

    @RepeatedTest(3)
    void cancellingAConfirmedOrderRestocksAndRefunds() {
        String productId = catalog.productWithStock("15000", 10);
        Shop.Session customer = Shop.signUp();
        String orderId = Orders.placed(customer, Orders.items(productId, 2, "tok_visa"));
        assertThat(Orders.settled(customer, orderId).get("status").asString()).isEqualTo("CONFIRMED");

        HttpResponse<String> cancelled = Shop.post("/api/v1/orders/" + orderId + "/cancel", null, customer.auth());

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Shop.json(cancelled).get("cancellationReason").asString()).isEqualTo("CUSTOMER_REQUEST");
        await().atMost(Orders.SETTLES_WITHIN).untilAsserted(() -> {
            JsonNode stock = Catalog.stock(productId);
            assertThat(stock.get("availableQuantity").asInt()).isEqualTo(10);
            assertThat(stock.get("soldQuantity").asInt()).isZero();
        });
        await().atMost(Orders.SETTLES_WITHIN).untilAsserted(() -> {
            JsonNode payment = Orders.payment(customer, orderId);
            assertThat(payment).as("payment of the order").isNotNull();
            assertThat(payment.get("status").asString()).isEqualTo("REFUNDED");
            assertThat(Orders.order(customer, orderId).get("paymentStatus").asString()).isEqualTo("REFUNDED");
        });
        Invariants.assertHold(Shop.admin());
    }

    @RepeatedTest(3)
    void aRetriedPostWithTheSameIdempotencyKeyPlacesOneOrder() {
        String productId = catalog.productWithStock("1000", 10);
        Shop.Session customer = Shop.signUp();
        String key = UUID.randomUUID().toString();
        String body = Orders.items(productId, 1, null);

        HttpResponse<String> first = Orders.place(customer, body, key);
        HttpResponse<String> retried = Orders.place(customer, body, key);
        HttpResponse<String> changed = Orders.place(customer, Orders.items(productId, 2, null), key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(Shop.json(retried).get("id").asString()).isEqualTo(Shop.json(first).get("id").asString());
        assertThat(changed.statusCode()).isEqualTo(422);
        HttpResponse<String> mine = Shop.get("/api/v1/orders/my", customer.auth());
        assertThat(mine.headers().firstValue("X-Total-Count")).hasValue("1");
    }
}
