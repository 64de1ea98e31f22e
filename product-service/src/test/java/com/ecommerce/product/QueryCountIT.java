package com.ecommerce.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.ecommerce.product.application.CatalogCaches;
import com.ecommerce.product.support.CatalogApi;
import com.ecommerce.product.support.CatalogIntegrationTest;
import com.ecommerce.product.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Listing and batch lookups cost the same number of SQL statements for 2 products as for 30. */
@CatalogIntegrationTest
@Import(StatementCounter.class)
class QueryCountIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    CacheManager caches;

    String category;
    List<String> ids = new ArrayList<>();

    @BeforeEach
    void thirtyProducts() {
        CatalogApi api = new CatalogApi(mvc, json);
        category = api.createCategory(null);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 30; i++) {
            ids.add(api.createProduct(category, "Counted " + run + " " + i, "ACTIVE", "10", "9"));
        }
    }

    @Test
    void listingCostsAFixedNumberOfStatements() {
        int small = statements("/api/v1/products?size=2&categoryId=" + category);
        int large = statements("/api/v1/products?size=30&categoryId=" + category);
        int searched = statements("/api/v1/products?size=30&keyword=counted&categoryId=" + category);

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(3);
        assertThat(searched).isLessThanOrEqualTo(3);
    }

    @Test
    void batchLookupCostsAFixedNumberOfStatements() {
        int small = statements("/api/v1/products/batch?ids=" + String.join(",", ids.subList(0, 2)));
        int large = statements("/api/v1/products/batch?ids=" + String.join(",", ids));

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(1);
    }

    private int statements(String uri) {
        List.of(CatalogCaches.PRODUCT, CatalogCaches.PRODUCT_BATCH, CatalogCaches.PRODUCT_PAGE)
                .forEach(name -> caches.getCache(name).clear());
        return StatementCounter.count(() -> assertThat(mvc.get().uri(uri)).hasStatusOk());
    }
}
