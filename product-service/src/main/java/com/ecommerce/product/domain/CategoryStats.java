package com.ecommerce.product.domain;

import java.math.BigDecimal;

/** A row of the per-category statistics, read straight from SQL. */
public interface CategoryStats {

    long getCategoryId();

    String getCategoryName();

    long getProductCount();

    BigDecimal getAveragePrice();
}
