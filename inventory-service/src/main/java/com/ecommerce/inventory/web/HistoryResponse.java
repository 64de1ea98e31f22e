package com.ecommerce.inventory.web;

import java.time.Instant;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.inventory.domain.StockHistoryEntry;

/** One stock change: counters before and after, and who or what caused it. */
record HistoryResponse(String id, String productId, String changeType, int quantity,
        int availableBefore, int availableAfter, int reservedBefore, int reservedAfter,
        int soldBefore, int soldAfter, String reason, String orderId, String actor, Instant createdAt) {

    static HistoryResponse of(StockHistoryEntry entry) {
        var m = entry.movement();
        return new HistoryResponse(IdGenerator.encode(entry.id()), m.productId().value(), m.change().name(),
                m.quantity(), m.before().available(), m.after().available(), m.before().reserved(),
                m.after().reserved(), m.before().sold(), m.after().sold(), m.reason(),
                m.orderId() == null ? null : m.orderId().value(), m.actor(), entry.at());
    }
}
