package com.ecommerce.product.domain;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Criteria of a product listing; all optional and combined with AND. The keyword is normalised
 * (trimmed, lower-cased, blank = none) so equal searches share one cache entry.
 *
 * @param categoryId           listing of one category (null: all)
 * @param includeSubcategories also the category's whole subtree
 * @param keyword              full-text and typo-tolerant match on name and description
 * @param minPrice             inclusive lower bound on the sale price
 * @param maxPrice             inclusive upper bound on the sale price
 * @param statuses             statuses to list; empty lists nothing
 * @param sort                 order of the results
 * @param page                 zero-based page
 * @param size                 page size, 1 to {@link #MAX_SIZE}
 */
public record ProductSearch(Long categoryId, boolean includeSubcategories, String keyword,
        BigDecimal minPrice, BigDecimal maxPrice, Set<ProductStatus> statuses, ProductSort sort,
        int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public ProductSearch {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip().toLowerCase(Locale.ROOT);
        statuses = statuses.isEmpty() ? EnumSet.noneOf(ProductStatus.class) : EnumSet.copyOf(statuses);
        sort = sort == null ? (keyword == null ? ProductSort.NEWEST : ProductSort.RELEVANCE) : sort;
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0.." + MAX_PAGE + " and size 1.." + MAX_SIZE);
        }
    }

    public ProductSearch withStatuses(Set<ProductStatus> allowed) {
        return new ProductSearch(categoryId, includeSubcategories, keyword, minPrice, maxPrice, allowed,
                sort, page, size);
    }

    long offset() {
        return (long) page * size;
    }
}
