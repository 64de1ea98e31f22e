package com.ecommerce.product.application;

import java.util.EnumSet;
import java.util.Set;

import com.ecommerce.product.domain.ProductStatus;

/** Which statuses a caller may see: admins the whole catalog, everyone else what is on sale. */
public enum Visibility {
    ALL_STATUSES(EnumSet.allOf(ProductStatus.class)),
    ACTIVE_ONLY(EnumSet.of(ProductStatus.ACTIVE));

    private final Set<ProductStatus> statuses;

    Visibility(Set<ProductStatus> statuses) {
        this.statuses = statuses;
    }

    public static Visibility forAdmin(boolean admin) {
        return admin ? ALL_STATUSES : ACTIVE_ONLY;
    }

    public boolean allows(ProductStatus status) {
        return statuses.contains(status);
    }

    /** The requested statuses this caller may see (possibly none). */
    public Set<ProductStatus> restrict(Set<ProductStatus> requested) {
        EnumSet<ProductStatus> result = EnumSet.copyOf(statuses);
        result.retainAll(requested);
        return result;
    }
}
