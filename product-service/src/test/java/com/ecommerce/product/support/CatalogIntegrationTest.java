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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.datasource.url=${PRODUCT_IT_DB_URL:jdbc:postgresql://127.0.0.1:5432/product_it}",
        "spring.datasource.username=product",
        "spring.datasource.password=product",
        "eureka.client.enabled=false",
        "ecommerce.catalog.demo-data=false",
        "logging.structured.format.console="})
@AutoConfigureMockMvc
public @interface CatalogIntegrationTest {
}
