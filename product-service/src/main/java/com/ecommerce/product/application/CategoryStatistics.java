package com.ecommerce.product.application;

import java.math.BigDecimal;

/** How many visible products a category holds and their mean sale price (2 decimals). */
public record CategoryStatistics(String categoryId, String categoryName, long productCount,
        BigDecimal averagePrice) {
}
