package com.ecommerce.product.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.ecommerce.product.domain.Product;
import com.ecommerce.product.domain.ProductPage;
import com.ecommerce.product.domain.ProductRepository;
import com.ecommerce.product.domain.ProductSearch;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cached reads. Results hold every status, so one cache entry serves every caller; callers
 * apply visibility. A fixed number of statements per call, whatever the number of products:
 * the ids (and a count when needed), then one fetch-join of products, categories and images.
 */
@Service
public class ProductLookup {

    private final ProductRepository products;

    ProductLookup(ProductRepository products) {
        this.products = products;
    }

    /** The live product, or null. */
    @Cacheable(cacheNames = CatalogCaches.PRODUCT, key = "#id", unless = "#result == null")
    @Transactional(readOnly = true)
    public ProductView find(long id) {
        return products.findLiveWithDetails(List.of(id)).stream().findFirst().map(ProductView::of).orElse(null);
    }

    /** The live products among {@code ids}, in the order asked; unknown ids are left out. */
    @Cacheable(cacheNames = CatalogCaches.PRODUCT_BATCH, key = "#ids.toString()")
    @Transactional(readOnly = true)
    public List<ProductView> findAll(List<Long> ids) {
        Map<Long, Product> byId = new HashMap<>();
        products.findLiveWithDetails(ids).forEach(p -> byId.put(p.id(), p));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).map(ProductView::of).toList();
    }

    /** One page of a listing; the criteria already carry the caller's visible statuses. */
    @Cacheable(cacheNames = CatalogCaches.PRODUCT_PAGE, key = "#search.toString()")
    @Transactional(readOnly = true)
    public ProductListing search(ProductSearch search) {
        ProductPage page = products.search(search);
        if (page.ids().isEmpty()) {
            return new ProductListing(List.of(), page.total());
        }
        Map<Long, Product> byId = new HashMap<>();
        products.findLiveWithDetails(page.ids()).forEach(p -> byId.put(p.id(), p));
        return new ProductListing(page.ids().stream().map(byId::get).filter(Objects::nonNull)
                .map(ProductView::of).toList(), page.total());
    }
}
