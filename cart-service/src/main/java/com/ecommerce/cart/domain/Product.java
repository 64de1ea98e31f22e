package com.ecommerce.cart.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cart's copy of a catalog product: what it shows for an item, and whether it can be bought.
 *
 * @param price   the current (sale) price
 * @param deleted the catalog removed the product; its items stay in carts, flagged
 */
public record Product(ProductId id, String name, BigDecimal price, String currency, ProductStatus status,
        boolean deleted) {

    public Product {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(status);
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException("a product price must not be negative");
        }
    }

    public boolean orderable() {
        return !deleted && status == ProductStatus.ACTIVE;
    }

    /** What a client sees about availability: the catalog status, or DELETED. */
    public String availability() {
        return deleted ? "DELETED" : status.name();
    }

    /** @throws ProductUnavailable unless the product can be bought now */
    public void requireOrderable() {
        if (!orderable()) {
            throw new ProductUnavailable(id, availability());
        }
    }
}
