package com.ecommerce.product;

import static com.ecommerce.product.support.Callers.admin;
import static com.ecommerce.product.support.Callers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.ecommerce.product.support.CatalogApi;
import com.ecommerce.product.support.CatalogIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/v1/categories/stats} on PostgreSQL: its native SQL runs and its numbers are
 * right. Customers count ACTIVE products only, admins every status; deleted products never count,
 * and a category with nothing the caller may see has no row.
 */
@CatalogIntegrationTest
class CategoryStatsIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;

    CatalogApi api;
    String run = UUID.randomUUID().toString().substring(0, 8);
    String mixed;
    String draftsOnly;

    /** Sale prices: ACTIVE 90 and 41, SOLD_OUT 20, DRAFT 1000, deleted 999; a category of drafts only. */
    @BeforeEach
    void categoriesWithProductsInEveryState() {
        api = new CatalogApi(mvc, json);
        mixed = api.createCategory(null);
        api.createProduct(mixed, "Stats Active A " + run, "ACTIVE", "100", "90");
        api.createProduct(mixed, "Stats Active B " + run, "ACTIVE", "50", "41");
        api.createProduct(mixed, "Stats Draft " + run, "DRAFT", "1000", "1000");
        String soldOut = api.createProduct(mixed, "Stats Sold Out " + run, "ACTIVE", "25", "20");
        assertThat(mvc.post().uri("/api/v1/products/{id}/sold-out", soldOut).with(admin())).hasStatusOk();
        String deleted = api.createProduct(mixed, "Stats Deleted " + run, "ACTIVE", "999", "999");
        assertThat(mvc.delete().uri("/api/v1/products/{id}", deleted).with(admin())).hasStatus(HttpStatus.NO_CONTENT);

        draftsOnly = api.createCategory(null);
        api.createProduct(draftsOnly, "Stats Lonely Draft " + run, "DRAFT", "10", "10");
    }

    @Test
    void customersCountActiveProductsOnly() {
        JsonNode stats = stats(customer());

        JsonNode row = row(stats, mixed);
        assertThat(row.get("productCount").asLong()).isEqualTo(2);
        assertThat(row.get("averagePrice").decimalValue()).isEqualByComparingTo("65.50");
        assertThat(row.get("categoryName").asString()).startsWith("IT it-");
        assertThat(stats.valueStream().map(r -> r.get("categoryId").asString())).doesNotContain(draftsOnly);
    }

    @Test
    void anonymousCallersCountLikeCustomers() {
        assertThat(mvc.get().uri("/api/v1/categories/stats")).hasStatusOk().bodyJson()
                .extractingPath("$[?(@.categoryId == '" + mixed + "')].productCount").asArray().containsExactly(2);
    }

    @Test
    void adminsCountEveryStatusButNoDeletedProduct() {
        JsonNode stats = stats(admin());

        JsonNode row = row(stats, mixed);
        assertThat(row.get("productCount").asLong()).isEqualTo(4);
        assertThat(row.get("averagePrice").decimalValue()).isEqualByComparingTo("287.75"); // (90+41+20+1000)/4
        assertThat(row(stats, draftsOnly).get("productCount").asLong()).isEqualTo(1);
    }

    private JsonNode stats(RequestPostProcessor caller) {
        var result = mvc.get().uri("/api/v1/categories/stats").with(caller).exchange();
        assertThat(result).hasStatusOk();
        return api.read(result);
    }

    private static JsonNode row(JsonNode stats, String categoryId) {
        return stats.valueStream().filter(r -> categoryId.equals(r.get("categoryId").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no statistics row for category " + categoryId));
    }
}
