package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Products with an exact amount of stock, created by the admin for one test so no other test shares them. */
public final class Catalog {

    private final Shop.Session admin;

    public Catalog(Shop.Session admin) {
        this.admin = admin;
    }

    /** A new ACTIVE product at {@code price} KRW with exactly {@code units} available. */
    public String productWithStock(String price, int units) {
        String id = create(price);
        // inventory opens the stock row when ProductCreated arrives (with the demo's initial stock).
        await().atMost(Duration.ofSeconds(30)).until(() -> Shop.get("/api/v1/inventory/products/" + id).statusCode() == 200);
        int available = stock(id).get("availableQuantity").asInt();
        if (available != units) {
            String change = available < units ? "INCREASE" : "DECREASE";
            HttpResponse<String> adjusted = Shop.post("/api/v1/inventory/products/" + id + "/adjust",
                    "{\"quantity\":" + Math.abs(units - available) + ",\"changeType\":\"" + change
                            + "\",\"reason\":\"checkout system test\"}", admin.auth());
            assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
        }
        assertThat(stock(id).get("availableQuantity").asInt()).isEqualTo(units);
        return id;
    }

    public static JsonNode stock(String productId) {
        return Shop.json(Shop.get("/api/v1/inventory/products/" + productId));
    }

    private String create(String price) {
        String body = """
                [{"name":"Checkout test %s","description":"system test","categoryId":"%s",
                  "originalPrice":%s,"salePrice":%s,"status":"ACTIVE"}]"""
                .formatted(UUID.randomUUID(), categoryId(), price, price);
        HttpResponse<String> created = Shop.post("/api/v1/products", body, admin.auth());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Shop.json(created).get(0).get("id").asString();
    }

    private String categoryId() {
        JsonNode tree = Shop.json(Shop.get("/api/v1/categories"));
        if (!tree.isEmpty()) {
            return tree.get(0).get("id").asString();
        }
        String slug = "checkout-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Shop.post("/api/v1/categories",
                "{\"name\":\"Checkout tests\",\"slug\":\"" + slug + "\"}", admin.auth());
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return Shop.json(created).get("id").asString();
    }
}
