package com.ecommerce.inventory.domain;

import java.time.Instant;
import java.util.UUID;

/** Stock rows for unit tests, and fresh product ids that no earlier run has used. */
public final class StockFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private StockFixtures() {
    }

    public static ProductId newProductId() {
        return ProductId.of("p-" + UUID.randomUUID().toString().substring(0, 18));
    }

    public static Stock stockWith(int available, int reserved, int sold) {
        return Stock.of(newProductId(), new Levels(available, reserved, sold), NOW);
    }

    public static Stock stockWith(int available) {
        return stockWith(available, 0, 0);
    }
}
