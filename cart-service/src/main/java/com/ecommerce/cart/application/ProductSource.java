package com.ecommerce.cart.application;

import java.time.Instant;
import java.util.Optional;

import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductId;

/** The catalog itself, asked only for a product the local copy does not know yet. */
public interface ProductSource {

    /**
     * @return the product if the catalog shows it to customers; empty if it does not, which is
     *         the same for a product that is not ACTIVE and for one that does not exist
     * @throws CatalogUnavailable if the catalog did not answer in time or failed
     */
    Optional<Snapshot> fetch(ProductId id);

    /** A product as the catalog reported it, and when it last changed there. */
    record Snapshot(Product product, Instant asOf) {
    }
}
