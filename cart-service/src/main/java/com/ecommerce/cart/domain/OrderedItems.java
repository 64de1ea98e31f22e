package com.ecommerce.cart.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many units of each product an order took from a cart. Lines of the same product add up,
 * so the cart gives up exactly what the order holds.
 */
public record OrderedItems(Map<ProductId, Integer> quantities) {

    public OrderedItems {
        quantities.values().forEach(q -> {
            if (q == null || q < 1) {
                throw new IllegalArgumentException("an ordered quantity must be positive");
            }
        });
        quantities = Map.copyOf(quantities);
    }

    /** Units of a product; 0 if the order did not contain it. */
    public int quantityOf(ProductId product) {
        return quantities.getOrDefault(product, 0);
    }

    /** Collects order lines one by one, adding up repeated products. */
    public static final class Builder {

        private final Map<ProductId, Integer> quantities = new LinkedHashMap<>();

        /** @throws IllegalArgumentException unless the quantity is positive */
        public Builder add(ProductId product, int quantity) {
            if (quantity < 1) {
                throw new IllegalArgumentException("an ordered quantity must be positive");
            }
            quantities.merge(product, quantity, Math::addExact);
            return this;
        }

        public OrderedItems build() {
            return new OrderedItems(quantities);
        }
    }
}
