package com.ecommerce.product;

import static com.ecommerce.product.support.Callers.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.application.CatalogCaches;
import com.ecommerce.product.support.CatalogApi;
import com.ecommerce.product.support.CatalogIntegrationTest;
import com.ecommerce.product.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Repeated product-detail and batch reads are answered from Redis without a single SQL statement,
 * and an admin's price change evicts them, so the next read queries PostgreSQL and shows the new price.
 */
@CatalogIntegrationTest
@Import(StatementCounter.class)
class ProductCacheIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    CacheManager caches;
    @Autowired
    StringRedisTemplate redis;

    CatalogApi api;
    String kettle;
    String lamp;

    @BeforeEach
    void twoProducts() {
        api = new CatalogApi(mvc, json);
        String category = api.createCategory(null);
        String run = UUID.randomUUID().toString().substring(0, 8);
        kettle = api.createProduct(category, "Cached Kettle " + run, "ACTIVE", "100", "90");
        lamp = api.createProduct(category, "Cached Lamp " + run, "ACTIVE", "40", "35");
    }

    @Test
    void answersARepeatedProductDetailReadWithoutSql() {
        Read miss = read(detail());
        Read hit = read(detail());

        assertThat(miss.statements()).isPositive();
        assertThat(hit.statements()).isZero();
        assertThat(hit.body()).isEqualTo(miss.body());
    }

    @Test
    void answersARepeatedBatchReadWithoutSql() {
        Read miss = read(batch());
        Read hit = read(batch());

        assertThat(miss.statements()).isPositive();
        assertThat(hit.statements()).isZero();
        assertThat(hit.body().valueStream().map(p -> p.get("id").asString())).containsExactly(lamp, kettle);
    }

    @Test
    void aPriceUpdateEvictsSoTheNextReadsQueryAndShowTheNewPrice() {
        read(detail());
        read(batch());
        assertThat(read(detail()).statements()).isZero();
        assertThat(read(batch()).statements()).isZero();

        assertThat(mvc.patch().uri("/api/v1/products/{id}", kettle).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"salePrice\":70}")).hasStatusOk();

        Read detailAfter = read(detail());
        Read batchAfter = read(batch());
        assertThat(detailAfter.statements()).isPositive();
        assertThat(detailAfter.body().get("salePrice").decimalValue()).isEqualByComparingTo("70");
        assertThat(batchAfter.statements()).isPositive();
        assertThat(batchAfter.body().get(1).get("salePrice").decimalValue()).isEqualByComparingTo("70");
        assertThat(read(detail()).statements()).as("the new state is cached again").isZero();
    }

    @Test
    void clearingACacheLeavesThePlatformsEntriesAlone() {
        String platformEntry = "product-service:" + CatalogCaches.PRODUCT + "::sentinel-" + UUID.randomUUID();
        redis.opsForValue().set(platformEntry, "a running platform's entry", Duration.ofMinutes(1));
        try {
            read(detail());
            String testEntry = CatalogIntegrationTest.CACHE_KEY_PREFIX + CatalogCaches.PRODUCT + "::"
                    + IdGenerator.decode(kettle);
            assertThat(redis.hasKey(testEntry)).as("the test's entry lives under its own prefix").isTrue();

            caches.getCache(CatalogCaches.PRODUCT).clear();

            assertThat(redis.hasKey(testEntry)).isFalse();
            assertThat(redis.hasKey(platformEntry)).isTrue();
        } finally {
            redis.delete(platformEntry);
        }
    }

    private String detail() {
        return "/api/v1/products/" + kettle;
    }

    private String batch() {
        return "/api/v1/products/batch?ids=" + lamp + "," + kettle;
    }

    private Read read(String uri) {
        AtomicReference<MvcTestResult> result = new AtomicReference<>();
        int statements = StatementCounter.count(() -> result.set(mvc.get().uri(uri).exchange()));
        assertThat(result.get()).hasStatusOk();
        return new Read(statements, api.read(result.get()));
    }

    /** What one read answered and how many SQL statements it cost. */
    private record Read(int statements, JsonNode body) {
    }
}
