package com.ecommerce.inventory.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an order asks for, one entry per product. Repeated lines of one product add up (the seed
 * silently kept only the first), and the entries come in product-id order, the order in which
 * stock rows are locked.
 */
public record Demand(List<Line> lines) {

    /** A product and the units wanted; a non-positive or overflowing quantity is invalid. */
    public record Line(ProductId productId, long quantity) {

        public boolean valid() {
            return quantity > 0 && quantity <= Integer.MAX_VALUE;
        }

        public int units() {
            return (int) Math.min(Math.max(quantity, Integer.MIN_VALUE), Integer.MAX_VALUE);
        }
    }

    public Demand {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order reserves at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** Sums the quantities per product and sorts by product id. */
    public static Demand of(List<Line> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new IllegalArgumentException("an order reserves at least one line");
        }
        Map<ProductId, Long> totals = new TreeMap<>();
        requested.forEach(line -> totals.merge(line.productId(), line.quantity(), Demand::sum));
        return new Demand(totals.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList());
    }

    // A negative line never hides behind a positive one: any invalid part keeps the total invalid.
    private static Long sum(Long a, Long b) {
        return a <= 0 || b <= 0 ? Math.min(a, b) : a + b;
    }
}
