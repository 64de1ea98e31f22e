package com.ecommerce.product.domain;

import java.util.concurrent.atomic.AtomicLong;

/** Named categories for tests. */
public final class CategoryFixtures {

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private CategoryFixtures() {
    }

    public static Category electronics() {
        return root("Electronics", "electronics");
    }

    public static Category root(String name, String slug) {
        return Category.create(IDS.incrementAndGet(), name, slug, null, 1);
    }

    public static Category child(Category parent, String name, String slug) {
        return Category.create(IDS.incrementAndGet(), name, slug, parent, 1);
    }
}
