package com.ecommerce.product.domain;

/** Where a product stands in its life in the catalog; transitions are guarded by {@link Product}. */
public enum ProductStatus {
    /** Being prepared by an admin; hidden from customers. */
    DRAFT,
    /** Listed and orderable. */
    ACTIVE,
    /** Listed but not orderable; may return to ACTIVE when restocked. */
    SOLD_OUT,
    /** Withdrawn for good: no way back. */
    DISCONTINUED
}
