package com.ecommerce.inventory.domain;

/**
 * One applied change of a stock row, with the counters before and after: what the history keeps.
 *
 * @param orderId the order that caused it; null for administrator and catalog changes
 * @param actor   the administrator who made it; null for order changes
 */
public record StockMovement(ProductId productId, StockChange change, int quantity, Levels before, Levels after,
        String reason, OrderId orderId, String actor) {

    public StockMovement {
        if (productId == null || change == null || before == null || after == null) {
            throw new IllegalArgumentException("product, change and levels are required");
        }
    }

    /** A movement caused by an order (reserve, confirm, release, expire, restock). */
    public static StockMovement forOrder(ProductId productId, StockChange change, int quantity, Levels after,
            OrderId orderId, String reason) {
        return new StockMovement(productId, change, quantity, change.before(after, quantity), after, reason,
                orderId, null);
    }
}
