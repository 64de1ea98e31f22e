package com.ecommerce.cart.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cart service ({@code ecommerce.cart.*}).
 *
 * @param maxQuantityPerItem largest quantity of one item
 * @param maxItems           largest number of distinct items in one cart
 * @param consumerGroup      Kafka group and inbox consumer name of the listeners
 * @param topics             topic names; tests point them at throw-away topics
 * @param catalog            how an unknown product is read from product-service
 */
@ConfigurationProperties("ecommerce.cart")
public record CartProperties(
        @DefaultValue("99") int maxQuantityPerItem,
        @DefaultValue("50") int maxItems,
        @DefaultValue("cart-service") String consumerGroup,
        @DefaultValue Topics topics,
        @DefaultValue Catalog catalog) {

    public record Topics(
            @DefaultValue(com.ecommerce.events.Topics.PRODUCT_EVENTS) String products,
            @DefaultValue(com.ecommerce.events.Topics.ORDER_EVENTS) String orders) {
    }

    /**
     * @param baseUrl      product-service; a service name resolved through Eureka when {@code loadBalanced}
     * @param loadBalanced false to call {@code baseUrl} directly (tests, a fixed address)
     * @param currency     currency of the prices product-service answers with (its answers carry none)
     */
    public record Catalog(
            @DefaultValue("http://product-service") URI baseUrl,
            @DefaultValue("true") boolean loadBalanced,
            @DefaultValue("500ms") Duration connectTimeout,
            @DefaultValue("2s") Duration readTimeout,
            @DefaultValue("KRW") String currency) {
    }
}
