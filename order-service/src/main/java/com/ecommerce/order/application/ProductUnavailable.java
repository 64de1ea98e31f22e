package com.ecommerce.order.application;

import java.util.List;

/** Some ordered products are unknown to the catalog or not on sale (not ACTIVE). */
public class ProductUnavailable extends RuntimeException {

    private final List<String> productIds;

    public ProductUnavailable(List<String> productIds) {
        super("These products cannot be ordered: " + String.join(", ", productIds));
        this.productIds = List.copyOf(productIds);
    }

    public List<String> productIds() {
        return productIds;
    }
}
