package com.ecommerce.inventory.domain;

import java.time.Instant;

/** A recorded stock movement with its id and time. */
public record StockHistoryEntry(long id, StockMovement movement, Instant at) {
}
