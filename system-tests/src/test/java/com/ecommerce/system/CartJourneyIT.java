package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A customer's cart through the gateway, with products created by the admin: the cart-service
 * learns them from the catalog (event or batch read through discovery) and keeps prices current.
 */
class CartJourneyIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static Accounts.Session admin;
    private static String categoryId;

    @BeforeAll
    static void catalog() {
        admin = Accounts.admin();
        HttpResponse<String> category = Platform.post(Platform.GATEWAY + "/api/v1/categories",
                "{\"name\":\"Lamps " + RUN + "\",\"slug\":\"lamps-" + RUN + "\"}", "Authorization", adminToken());
        assertThat(category.statusCode()).as(category.body()).isEqualTo(201);
        categoryId = Platform.json(category).get("id").asString();
    }

    @Test
    void addChangeAndRemoveItemsWithCurrentPrices() {
        Accounts.Session customer = Accounts.signUp();
        String lamp = product("Desk Lamp " + RUN, "ACTIVE", "30000");

        JsonNode cart = json(add(customer, lamp, 2), 200);
        assertThat(cart.get("items")).hasSize(1);
        JsonNode cart2 = json(add(customer, lamp, 3), 200);
        assertThat(cart2.get("items").get(0).get("quantity").asInt()).as("same product adds up").isEqualTo(5);
        String itemId = cart2.get("items").get(0).get("id").asString();

        JsonNode changed = json(Platform.send("PATCH", Platform.GATEWAY + "/api/v1/carts/items/" + itemId,
                "{\"quantity\":1}", "Authorization", Platform.bearer(customer.accessToken())), 200);
        assertThat(changed.get("items").get(0).get("quantity").asInt()).isEqualTo(1);

        HttpResponse<String> priceChange = Platform.send("PATCH", Platform.GATEWAY + "/api/v1/products/" + lamp,
                "{\"originalPrice\":30000,\"salePrice\":25000}", "Authorization", adminToken());
        assertThat(priceChange.statusCode()).as(priceChange.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                json(cartOf(customer), 200).get("items").get(0).get("price").decimalValue())
                .isEqualByComparingTo("25000"));

        JsonNode removed = json(Platform.send("DELETE", Platform.GATEWAY + "/api/v1/carts/items/" + itemId, null,
                "Authorization", Platform.bearer(customer.accessToken())), 200);
        assertThat(removed.get("items")).isEmpty();
    }

    @Test
    void refusesInactiveProductsForeignItemsAndQuantitiesOverTheLimit() {
        Accounts.Session owner = Accounts.signUp();
        Accounts.Session stranger = Accounts.signUp();
        String active = product("Floor Lamp " + RUN, "ACTIVE", "90000");
        String draft = product("Prototype Lamp " + RUN, "DRAFT", "10000");

        HttpResponse<String> unavailable = add(owner, draft, 1);
        assertThat(unavailable.statusCode()).as(unavailable.body()).isEqualTo(422);
        assertThat(Platform.json(unavailable).get("type").asString()).isEqualTo("urn:ecommerce:problem:product-unavailable");
        HttpResponse<String> tooMany = add(owner, active, 100);
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(422);
        assertThat(Platform.json(tooMany).get("type").asString()).isEqualTo("urn:ecommerce:problem:quantity-out-of-range");

        String itemId = json(add(owner, active, 1), 200).get("items").get(0).get("id").asString();
        HttpResponse<String> foreign = Platform.send("PATCH", Platform.GATEWAY + "/api/v1/carts/items/" + itemId,
                "{\"quantity\":2}", "Authorization", Platform.bearer(stranger.accessToken()));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(Platform.json(foreign).get("type").asString()).startsWith("urn:ecommerce:problem:");
    }

    private static HttpResponse<String> add(Accounts.Session customer, String productId, int quantity) {
        return Platform.post(Platform.GATEWAY + "/api/v1/carts/items",
                "{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}",
                "Authorization", Platform.bearer(customer.accessToken()));
    }

    private static HttpResponse<String> cartOf(Accounts.Session customer) {
        return Platform.get(Platform.GATEWAY + "/api/v1/carts", "Authorization", Platform.bearer(customer.accessToken()));
    }

    private static String product(String name, String status, String price) {
        HttpResponse<String> created = Platform.post(Platform.GATEWAY + "/api/v1/products",
                "[{\"name\":\"" + name + "\",\"categoryId\":\"" + categoryId + "\",\"originalPrice\":" + price
                        + ",\"salePrice\":" + price + ",\"status\":\"" + status + "\"}]",
                "Authorization", adminToken());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Platform.json(created).get(0).get("id").asString();
    }

    private static String adminToken() {
        return Platform.bearer(admin.accessToken());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Platform.json(response);
    }
}
