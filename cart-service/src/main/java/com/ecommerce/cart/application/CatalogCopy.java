package com.ecommerce.cart.application;

import java.math.BigDecimal;
import java.time.Instant;

import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductCopies;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductStatus;
import com.ecommerce.cart.domain.ProductUnavailable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the local copy of the catalog current from the catalog's events, and fills a gap with one
 * read from the catalog when a product nobody announced yet is added to a cart. Reading a cart
 * never calls the catalog.
 */
@Service
public class CatalogCopy {

    private final ProductCopies copies;
    private final ProductSource source;

    CatalogCopy(ProductCopies copies, ProductSource source) {
        this.copies = copies;
        this.source = source;
    }

    /**
     * Makes sure the local copy knows the product, asking the catalog if it does not. Runs
     * outside any transaction: no database connection is held while the catalog answers.
     *
     * @throws ProductUnavailable if the catalog does not show such a product to customers: its
     *                            anonymous answer is the same for a DRAFT or DISCONTINUED product
     *                            and for none at all, so "not for sale" is the only true answer
     * @throws CatalogUnavailable if the catalog could not be asked
     */
    public void ensureKnown(ProductId id) {
        if (copies.find(id).isPresent()) {
            return;
        }
        ProductSource.Snapshot snapshot = source.fetch(id).orElseThrow(() -> ProductUnavailable.notOffered(id));
        copies.put(snapshot.product(), snapshot.asOf());
    }

    @Transactional
    public void created(Product product, Instant at) {
        copies.put(product, at);
    }

    @Transactional
    public void priceChanged(ProductId id, BigDecimal price, String currency, Instant at) {
        copies.changePrice(id, price, currency, at);
    }

    @Transactional
    public void renamed(ProductId id, String name, Instant at) {
        copies.rename(id, name, at);
    }

    @Transactional
    public void statusChanged(ProductId id, ProductStatus status, Instant at) {
        copies.changeStatus(id, status, at);
    }

    @Transactional
    public void deleted(ProductId id, Instant at) {
        copies.markDeleted(id, at);
    }
}
