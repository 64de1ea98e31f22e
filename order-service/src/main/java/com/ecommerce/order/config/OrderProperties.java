package com.ecommerce.order.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the order service ({@code ecommerce.order.*}).
 *
 * @param currency             the catalog's currency (prices come without one)
 * @param idempotencyRetention how long an Idempotency-Key and its answer are kept (at least 24 h)
 * @param consumerGroup        Kafka group and inbox consumer name of the reply listeners
 * @param saga                 step deadlines and the sweeper that enforces them
 * @param catalog              product-service, for prices at checkout
 * @param cart                 cart-service, for orders placed from the cart
 * @param topics               topic names; tests point them at throw-away topics
 * @param live                 the customers' live order streams (GET /api/v1/orders/my/events)
 */
@ConfigurationProperties("ecommerce.order")
public record OrderProperties(
        @DefaultValue("KRW") String currency,
        @DefaultValue("24h") Duration idempotencyRetention,
        @DefaultValue("order-service") String consumerGroup,
        @DefaultValue Saga saga,
        @DefaultValue Catalog catalog,
        @DefaultValue Cart cart,
        @DefaultValue Topics topics,
        @DefaultValue Live live) {

    public OrderProperties {
        if (idempotencyRetention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("ecommerce.order.idempotency-retention must be at least 24h");
        }
    }

    /** Reply deadlines per step; the reservation TTL (15 min) must exceed their sum. */
    public record Saga(
            @DefaultValue("30s") Duration reserveTimeout,
            @DefaultValue("60s") Duration payTimeout,
            @DefaultValue("30s") Duration confirmTimeout,
            @DefaultValue("1s") Duration sweepInterval,
            @DefaultValue("100") int sweepBatch) {
    }

    /** @param loadBalanced whether {@code baseUrl}'s host is a service name resolved through discovery */
    public record Catalog(
            @DefaultValue("http://product-service") String baseUrl,
            @DefaultValue("true") boolean loadBalanced,
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout) {
    }

    public record Cart(
            @DefaultValue("http://cart-service") String baseUrl,
            @DefaultValue("true") boolean loadBalanced,
            @DefaultValue("1s") Duration connectTimeout,
            @DefaultValue("3s") Duration readTimeout) {
    }

    public record Topics(
            @DefaultValue(com.ecommerce.events.Topics.ORDER_EVENTS) String orderEvents,
            @DefaultValue(com.ecommerce.events.Topics.INVENTORY_COMMANDS) String inventoryCommands,
            @DefaultValue(com.ecommerce.events.Topics.PAYMENT_COMMANDS) String paymentCommands,
            @DefaultValue(com.ecommerce.events.Topics.INVENTORY_EVENTS) String inventoryEvents,
            @DefaultValue(com.ecommerce.events.Topics.PAYMENT_EVENTS) String paymentEvents) {
    }

    /**
     * Open streams hold a connection each, and a service serves 200 connections at most, so the
     * streams are capped well below that: the rest of the API must stay reachable.
     *
     * @param maxStreams     open streams per instance; more answer 503 with Retry-After
     * @param maxPerCustomer open streams of one customer (tabs, devices); more answer 429
     * @param snapshot       how many of the customer's newest orders a new stream starts with
     * @param timeout        a stream is closed after this long (the client reconnects)
     * @param keepalive      interval of the comment lines that keep idle connections open
     */
    public record Live(
            @DefaultValue("100") int maxStreams,
            @DefaultValue("5") int maxPerCustomer,
            @DefaultValue("20") int snapshot,
            @DefaultValue("30m") Duration timeout,
            @DefaultValue("15s") Duration keepalive) {

        public Live {
            if (maxStreams < 1 || maxPerCustomer < 1 || snapshot < 1 || timeout.isNegative() || keepalive.isNegative()) {
                throw new IllegalArgumentException("ecommerce.order.live limits must be positive");
            }
        }
    }
}
