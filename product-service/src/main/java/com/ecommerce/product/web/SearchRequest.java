package com.ecommerce.product.web;

import java.math.BigDecimal;
import java.util.EnumSet;

import com.ecommerce.product.domain.ProductSearch;
import com.ecommerce.product.domain.ProductSort;
import com.ecommerce.product.domain.ProductStatus;

/**
 * Listing criteria, from query parameters ({@code GET /products}) or a JSON body
 * ({@code POST /products/search}); the seed's search body is a subset. A size above the cap is
 * lowered to it rather than refused, so old clients asking for "everything" still get a page.
 */
record SearchRequest(String categoryId, Boolean includeSubcategories, String keyword, BigDecimal minPrice,
        BigDecimal maxPrice, ProductStatus status, String sort, Integer page, Integer size) {

    static final int DEFAULT_SIZE = 20;
    /** Every price is below this (numeric(10,2)): a bound at or beyond it cannot narrow a listing. */
    private static final BigDecimal PRICE_LIMIT = new BigDecimal("100000000");

    ProductSearch toSearch() {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : Math.min(size, ProductSearch.MAX_SIZE);
        if (pageNumber < 0 || pageNumber > ProductSearch.MAX_PAGE) {
            throw new InvalidRequest("page", "must be between 0 and " + ProductSearch.MAX_PAGE);
        }
        if (pageSize < 1) {
            throw new InvalidRequest("size", "must be at least 1");
        }
        if (keyword != null && keyword.length() > 200) {
            throw new InvalidRequest("keyword", "must have at most 200 characters");
        }
        if (!PlainTextValidator.isPlain(keyword, false)) {
            throw new InvalidRequest("keyword", "must not contain control characters");
        }
        requirePriceBound("minPrice", minPrice);
        requirePriceBound("maxPrice", maxPrice);
        return new ProductSearch(Ids.categoryFilter(categoryId), Boolean.TRUE.equals(includeSubcategories),
                keyword, minPrice, maxPrice, status == null ? EnumSet.allOf(ProductStatus.class) : EnumSet.of(status),
                parsedSort(), pageNumber, pageSize);
    }

    /**
     * A bound must be a price a product could have. Beyond PostgreSQL's numeric range the query
     * goes wrong: the JDBC driver sends {@code 1e999999} as 0, so the filter would silently match
     * everything, and {@code 1e-999999} fails the statement with a data error.
     */
    private static void requirePriceBound(String field, BigDecimal bound) {
        if (bound != null && (bound.signum() < 0 || bound.compareTo(PRICE_LIMIT) >= 0
                || bound.stripTrailingZeros().scale() > 2)) {
            throw new InvalidRequest(field, "must be between 0 and 99999999.99 with at most 2 decimals");
        }
    }

    private ProductSort parsedSort() {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        return ProductSort.parse(sort).orElseThrow(() -> new InvalidRequest("sort",
                "must be one of newest, oldest, price,asc, price,desc, name,asc, name,desc, relevance"));
    }
}
