package com.ecommerce.product;

import static com.ecommerce.product.support.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.ecommerce.product.support.CatalogApi;
import com.ecommerce.product.support.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** With Redis unreachable (a closed port) the catalog reads and writes from PostgreSQL alone. */
@CatalogIntegrationTest
@TestPropertySource(properties = "spring.data.redis.port=1")
class RedisDownIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;

    @Test
    void servesAndChangesProductsWithoutTheCache() {
        CatalogApi api = new CatalogApi(mvc, json);
        String category = api.createCategory(null);
        String id = api.createProduct(category, "Uncached " + UUID.randomUUID(), "ACTIVE", "20", "15");

        assertThat(mvc.get().uri("/api/v1/products/{id}", id)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/products/batch?ids={id}", id)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/products?categoryId={c}", category)).hasStatusOk()
                .hasHeader("X-Total-Count", "1");
        assertThat(mvc.patch().uri("/api/v1/products/{id}", id).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"salePrice\":12}")).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/products/{id}", id)).bodyJson().extractingPath("$.salePrice").isEqualTo(12.0);
    }
}
