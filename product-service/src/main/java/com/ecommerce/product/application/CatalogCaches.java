package com.ecommerce.product.application;

/** Names of the catalog's caches; a change evicts every entry it could make stale. */
public final class CatalogCaches {

    /** One product by id, any status (visibility is applied after the cache). */
    public static final String PRODUCT = "product";
    /** Batch lookups, keyed by the requested id list. */
    public static final String PRODUCT_BATCH = "product-batch";
    /** Listing pages, keyed by the full criteria. */
    public static final String PRODUCT_PAGE = "product-page";

    private CatalogCaches() {
    }
}
