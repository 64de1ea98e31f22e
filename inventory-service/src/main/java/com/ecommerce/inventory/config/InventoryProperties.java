package com.ecommerce.inventory.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inventory service ({@code ecommerce.inventory.*}).
 *
 * @param initialStock   units a product starts with when its ProductCreated arrives (demo mode sets it)
 * @param reservationTtl how long a reservation holds stock unless confirmed or released
 * @param consumerGroup  Kafka group and inbox consumer name of the listeners
 * @param topics         topic names; tests point them at throw-away topics
 */
@ConfigurationProperties("ecommerce.inventory")
public record InventoryProperties(
        @DefaultValue("0") int initialStock,
        @DefaultValue("15m") Duration reservationTtl,
        @DefaultValue("inventory-service") String consumerGroup,
        @DefaultValue Expiry expiry,
        @DefaultValue Topics topics) {

    public InventoryProperties {
        if (initialStock < 0) {
            throw new IllegalArgumentException("ecommerce.inventory.initial-stock must not be negative");
        }
    }

    /** The sweeper that releases expired reservations. */
    public record Expiry(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("100") int batchSize) {
    }

    public record Topics(
            @DefaultValue(com.ecommerce.events.Topics.INVENTORY_COMMANDS) String commands,
            @DefaultValue(com.ecommerce.events.Topics.INVENTORY_EVENTS) String events,
            @DefaultValue(com.ecommerce.events.Topics.PRODUCT_EVENTS) String products) {
    }
}
