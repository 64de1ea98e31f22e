package com.ecommerce.cart.domain;

import com.ecommerce.defaults.id.IdGenerator;

/** Identifies a product of the catalog: the TSID string product-service issued. */
public record ProductId(String value) {

    /** @throws IllegalArgumentException if the value is not a TSID (a message carrying it is dead-lettered) */
    public ProductId {
        IdGenerator.decode(value);
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    /** A product id a client sent: one that cannot be a TSID names no product, so it is not found. */
    public static ProductId requested(String value) {
        try {
            return new ProductId(value);
        } catch (IllegalArgumentException e) {
            throw new ProductNotFound(value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
