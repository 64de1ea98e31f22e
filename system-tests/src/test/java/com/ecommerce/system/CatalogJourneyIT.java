package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Browsing the catalog through the gateway, as a shop's front end does. */
class CatalogJourneyIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static Accounts.Session admin;
    private static String categoryId;

    @BeforeAll
    static void catalog() {
        admin = Accounts.admin();
        HttpResponse<String> category = Platform.post(Platform.GATEWAY + "/api/v1/categories",
                "{\"name\":\"Telescopes " + RUN + "\",\"slug\":\"telescopes-" + RUN + "\"}",
                "Authorization", Platform.bearer(admin.accessToken()));
        assertThat(category.statusCode()).as(category.body()).isEqualTo(201);
        categoryId = Platform.json(category).get("id").asString();
    }

    @Test
    void adminCreatesADraftThatCustomersSeeOnlyOnceActive() {
        String id = createProduct("Refractor Telescope " + RUN, "DRAFT", "1200000", "990000");
        assertThat(Platform.get(Platform.GATEWAY + "/api/v1/products/" + id).statusCode()).isEqualTo(404);

        HttpResponse<String> activated = Platform.post(Platform.GATEWAY + "/api/v1/products/" + id + "/activate",
                null, "Authorization", Platform.bearer(admin.accessToken()));
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Platform.get(Platform.GATEWAY + "/api/v1/products/" + id).statusCode()).isEqualTo(200));
    }

    @Test
    void browseFilterAndFindAProductDespiteATypo() {
        String id = createProduct("Dobsonian Telescope " + RUN, "ACTIVE", "800000", "750000");

        HttpResponse<String> page = Platform.get(Platform.GATEWAY + "/api/v1/products?categoryId=" + categoryId
                + "&minPrice=700000&maxPrice=760000&size=10");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(ids(Platform.json(page))).contains(id);

        HttpResponse<String> typo = Platform.get(Platform.GATEWAY + "/api/v1/products?keyword=Dobsonain&size=50");
        assertThat(ids(Platform.json(typo))).contains(id);
    }

    @Test
    void batchLookupKeepsTheRequestedOrder() {
        String first = createProduct("Eyepiece A " + RUN, "ACTIVE", "50000", "45000");
        String second = createProduct("Eyepiece B " + RUN, "ACTIVE", "60000", "55000");

        HttpResponse<String> batch = Platform.get(Platform.GATEWAY + "/api/v1/products/batch?ids=" + second + "," + first);

        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(ids(Platform.json(batch))).containsExactly(second, first);
    }

    @Test
    void customerCannotChangeTheCatalog() {
        Accounts.Session customer = Accounts.signUp();

        HttpResponse<String> refused = Platform.post(Platform.GATEWAY + "/api/v1/products", "[]",
                "Authorization", Platform.bearer(customer.accessToken()));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    private static String createProduct(String name, String status, String originalPrice, String salePrice) {
        String body = "[{\"name\":\"" + name + "\",\"description\":\"system test\",\"categoryId\":\"" + categoryId
                + "\",\"originalPrice\":" + originalPrice + ",\"salePrice\":" + salePrice + ",\"status\":\"" + status + "\"}]";
        HttpResponse<String> created = Platform.post(Platform.GATEWAY + "/api/v1/products", body,
                "Authorization", Platform.bearer(admin.accessToken()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Platform.json(created).get(0).get("id").asString();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(p -> p.get("id").asString()).toList();
    }
}
