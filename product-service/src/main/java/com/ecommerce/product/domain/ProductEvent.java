package com.ecommerce.product.domain;

/** Changes of a product that other services must hear about, registered by {@link Product}. */
public sealed interface ProductEvent {

    long productId();

    record Created(long productId, String name, long categoryId, Price price, ProductStatus status)
            implements ProductEvent {
    }

    record PriceChanged(long productId, Price price) implements ProductEvent {
    }

    record StatusChanged(long productId, ProductStatus status, ProductStatus previousStatus)
            implements ProductEvent {
    }

    record Deleted(long productId) implements ProductEvent {
    }

    /** The name or category changed; carries both as they are now. */
    record Revised(long productId, String name, long categoryId) implements ProductEvent {
    }
}
