package com.ecommerce.order.domain;

/** A catalog product's id (TSID string), kept as the catalog spells it. */
public record ProductId(String value) {

    public ProductId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("a product id is 1 to 64 characters");
        }
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }
}
