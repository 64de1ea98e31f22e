package com.ecommerce.product.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole service on the local PostgreSQL ({@code product_it}), Redis and Kafka that
 * {@code ./platform infra} provides; requests go through the real filter chain with test tokens.
 * The caches live under a key prefix of their own: the local Redis may also serve a running
 * platform, whose entries a test's cache clear must not touch.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=${PRODUCT_IT_DB_URL:jdbc:postgresql://127.0.0.1:5432/product_it}",
        "spring.datasource.username=product",
        "spring.datasource.password=product",
        "eureka.client.enabled=false",
        "ecommerce.catalog.demo-data=false",
        "ecommerce.catalog.cache-key-prefix=" + CatalogIntegrationTest.CACHE_KEY_PREFIX,
        "logging.structured.format.console="})
@AutoConfigureMockMvc
public @interface CatalogIntegrationTest {

    /** Where the tests' cache entries live in Redis; the platform's are under {@code product-service:}. */
    String CACHE_KEY_PREFIX = "product-service-it:";
}
