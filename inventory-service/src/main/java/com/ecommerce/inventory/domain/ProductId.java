package com.ecommerce.inventory.domain;

/** Identifies a product of the catalog (a TSID string issued by product-service). */
public record ProductId(String value) implements Comparable<ProductId> {

    public ProductId {
        Identifiers.require("product id", value);
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    /** The order in which stock rows are locked, so two orders never wait on each other in a cycle. */
    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
