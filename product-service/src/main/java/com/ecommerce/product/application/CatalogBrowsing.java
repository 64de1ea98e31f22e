package com.ecommerce.product.application;

import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.ProductSearch;

import org.springframework.stereotype.Service;

/**
 * What shoppers (and admins) read. Customers and anonymous callers see ACTIVE products only; a
 * product they may not see answers exactly like one that does not exist.
 */
@Service
public class CatalogBrowsing {

    public static final int MAX_BATCH = 100;

    private final ProductLookup lookup;

    CatalogBrowsing(ProductLookup lookup) {
        this.lookup = lookup;
    }

    public ProductView product(long id, Visibility visibility) {
        ProductView product = lookup.find(id);
        if (product == null || !product.visibleTo(visibility)) {
            throw new ProductNotFound(IdGenerator.encode(id));
        }
        return product;
    }

    /** Up to {@value #MAX_BATCH} ids, answered in the order asked; unknown or hidden ids are left out. */
    public List<ProductView> products(List<Long> ids, Visibility visibility) {
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw new IllegalArgumentException("between 1 and " + MAX_BATCH + " ids are required");
        }
        return lookup.findAll(List.copyOf(ids)).stream().filter(p -> p.visibleTo(visibility)).toList();
    }

    /** A page of products matching {@code search}, narrowed to what the caller may see. */
    public ProductListing search(ProductSearch search, Visibility visibility) {
        ProductSearch visible = search.withStatuses(visibility.restrict(search.statuses()));
        if (visible.statuses().isEmpty()) {
            return new ProductListing(List.of(), 0);
        }
        return lookup.search(visible);
    }
}
