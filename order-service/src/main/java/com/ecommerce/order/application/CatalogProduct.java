package com.ecommerce.order.application;

import java.math.BigDecimal;

/**
 * What the catalog says about a product at checkout: the price charged is its sale price. Only
 * products on sale with an exact price (at most 2 decimals, as the catalog keeps them) are orderable.
 */
public record CatalogProduct(String id, String name, BigDecimal price, String status) {

    public boolean orderable() {
        return "ACTIVE".equals(status) && name != null && price != null && price.signum() >= 0
                && price.stripTrailingZeros().scale() <= 2;
    }
}
