package com.ecommerce.product.application;

import java.util.ArrayList;
import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.Category;
import com.ecommerce.product.domain.CategoryRepository;
import com.ecommerce.product.domain.Price;
import com.ecommerce.product.domain.Product;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.ProductRepository;
import com.ecommerce.product.domain.ProductStatus;
import com.ecommerce.product.domain.UnknownCategory;
import com.ecommerce.product.messaging.ProductEventPublisher;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Caching;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admin changes to products. Each change and the events announcing it commit together (outbox);
 * cache entries it makes stale are evicted after the commit (the cache manager is transaction-aware).
 */
@Service
public class ProductManagement {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final IdGenerator ids;
    private final ProductEventPublisher events;

    ProductManagement(ProductRepository products, CategoryRepository categories, IdGenerator ids,
            ProductEventPublisher events) {
        this.products = products;
        this.categories = categories;
        this.ids = ids;
        this.events = events;
    }

    /** Registers all products or none, answering them in the order given. */
    @CacheEvict(cacheNames = CatalogCaches.PRODUCT_PAGE, allEntries = true)
    @Transactional
    public List<ProductView> register(List<RegisterProduct> commands) {
        List<ProductView> registered = new ArrayList<>();
        for (RegisterProduct command : commands) {
            Product product = Product.register(ids.nextId(), command.name(), command.description(),
                    category(command.categoryId()), command.price(), command.status(), command.images());
            products.save(product);
            events.publish(product.pullEvents());
            registered.add(ProductView.of(product));
        }
        products.flush();
        return registered;
    }

    @Caching(evict = {@CacheEvict(cacheNames = CatalogCaches.PRODUCT, key = "#id"),
            @CacheEvict(cacheNames = {CatalogCaches.PRODUCT_BATCH, CatalogCaches.PRODUCT_PAGE}, allEntries = true)})
    @Transactional
    public ProductView revise(long id, ReviseProduct command) {
        Product product = live(id);
        if (command.name() != null) {
            product.rename(command.name());
        }
        if (command.description() != null) {
            product.describe(command.description());
        }
        if (command.categoryId() != null && command.categoryId() != product.category().id()) {
            product.recategorize(category(command.categoryId()));
        }
        if (command.originalPrice() != null || command.salePrice() != null) {
            product.reprice(new Price(orElse(command.originalPrice(), product.price().original()),
                    orElse(command.salePrice(), product.price().sale())));
        }
        if (command.images() != null) {
            product.replaceImages(command.images());
        }
        if (command.status() != null) {
            product.changeStatus(command.status());
        }
        return saved(product);
    }

    @Caching(evict = {@CacheEvict(cacheNames = CatalogCaches.PRODUCT, key = "#id"),
            @CacheEvict(cacheNames = {CatalogCaches.PRODUCT_BATCH, CatalogCaches.PRODUCT_PAGE}, allEntries = true)})
    @Transactional
    public ProductView changeStatus(long id, ProductStatus target) {
        Product product = live(id);
        product.changeStatus(target);
        return saved(product);
    }

    @Caching(evict = {@CacheEvict(cacheNames = CatalogCaches.PRODUCT, key = "#id"),
            @CacheEvict(cacheNames = {CatalogCaches.PRODUCT_BATCH, CatalogCaches.PRODUCT_PAGE}, allEntries = true)})
    @Transactional
    public void delete(long id) {
        Product product = live(id);
        product.delete();
        events.publish(product.pullEvents());
    }

    private ProductView saved(Product product) {
        events.publish(product.pullEvents());
        products.flush();
        return ProductView.of(product);
    }

    private Product live(long id) {
        return products.findLive(id).orElseThrow(() -> new ProductNotFound(IdGenerator.encode(id)));
    }

    private Category category(long id) {
        return categories.findLive(id).orElseThrow(() -> new UnknownCategory(IdGenerator.encode(id)));
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
