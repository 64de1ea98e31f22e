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
 * @param gate           the Redis admission gate for hot products (ADR 0006)
 */
@ConfigurationProperties("ecommerce.inventory")
public record InventoryProperties(
        @DefaultValue("0") int initialStock,
        @DefaultValue("15m") Duration reservationTtl,
        @DefaultValue("inventory-service") String consumerGroup,
        @DefaultValue Expiry expiry,
        @DefaultValue Topics topics,
        @DefaultValue Gate gate) {

    public InventoryProperties {
        if (initialStock < 0) {
            throw new IllegalArgumentException("ecommerce.inventory.initial-stock must not be negative");
        }
    }

    /** The sweeper that releases expired reservations. */
    public record Expiry(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("100") int batchSize) {
    }

    /**
     * The optional Redis admission gate in front of the guarded reservation.
     *
     * @param enabled           off by default: in the benchmark it sold no faster (docs/benchmarks/inventory.md)
     * @param reconcileInterval how often every counter is reset from the database (the first run at start)
     * @param seedDelay         how soon a product met without a counter gets one
     * @param batchSize         stock rows locked per reconciliation transaction
     * @param keyPrefix         Redis key prefix; tests use their own
     */
    public record Gate(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("30s") Duration reconcileInterval,
            @DefaultValue("500ms") Duration seedDelay,
            @DefaultValue("500") int batchSize,
            @DefaultValue("inventory:gate:") String keyPrefix) {

        public Gate {
            if (batchSize < 1) {
                throw new IllegalArgumentException("ecommerce.inventory.gate.batch-size must be positive");
            }
        }
    }

    public record Topics(
            @DefaultValue(com.ecommerce.events.Topics.INVENTORY_COMMANDS) String commands,
            @DefaultValue(com.ecommerce.events.Topics.INVENTORY_EVENTS) String events,
            @DefaultValue(com.ecommerce.events.Topics.PRODUCT_EVENTS) String products) {
    }
}
