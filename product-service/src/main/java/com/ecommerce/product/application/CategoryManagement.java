package com.ecommerce.product.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.Category;
import com.ecommerce.product.domain.CategoryNotEmpty;
import com.ecommerce.product.domain.CategoryNotFound;
import com.ecommerce.product.domain.CategoryRepository;
import com.ecommerce.product.domain.ProductRepository;
import com.ecommerce.product.domain.ProductStatus;
import com.ecommerce.product.domain.SlugTaken;
import com.ecommerce.product.domain.UnknownCategory;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The category tree: reading it whole, admin changes, per-category statistics. */
@Service
public class CategoryManagement {

    private final CategoryRepository categories;
    private final ProductRepository products;
    private final IdGenerator ids;

    CategoryManagement(CategoryRepository categories, ProductRepository products, IdGenerator ids) {
        this.categories = categories;
        this.products = products;
        this.ids = ids;
    }

    /** The live categories as a forest, each level ordered by display order, then name. */
    @Transactional(readOnly = true)
    public List<CategoryNode> tree() {
        Map<Long, List<Category>> byParent = new HashMap<>();
        for (Category category : categories.findAllLive()) {
            byParent.computeIfAbsent(category.parentId(), k -> new ArrayList<>()).add(category);
        }
        return nodes(null, byParent);
    }

    @Transactional(readOnly = true)
    public CategoryNode category(long id) {
        Category category = live(id);
        return tree().stream().flatMap(CategoryManagement::flatten)
                .filter(node -> node.id().equals(category.idString())).findFirst()
                .orElseThrow(() -> new CategoryNotFound(category.idString()));
    }

    @Transactional
    public CategoryNode create(CategoryDraft draft) {
        requireFreeSlug(draft.slug(), null);
        Category category = Category.create(ids.nextId(), draft.name(), draft.slug(), parent(draft.parentId()),
                draft.displayOrder());
        categories.saveAndFlush(category);
        return node(category, List.of());
    }

    /** Renames, re-orders or moves a category; product views carry its name, so they are evicted. */
    @CacheEvict(cacheNames = {CatalogCaches.PRODUCT, CatalogCaches.PRODUCT_BATCH, CatalogCaches.PRODUCT_PAGE},
            allEntries = true)
    @Transactional
    public CategoryNode update(long id, CategoryDraft draft) {
        Category category = live(id);
        requireFreeSlug(draft.slug(), id);
        category.revise(draft.name(), draft.slug(), draft.displayOrder());
        category.moveUnder(parent(draft.parentId()));
        categories.flush();
        return category(id);
    }

    /** Soft delete of an empty category: one with live products or sub-categories is refused. */
    @Transactional
    public void delete(long id) {
        Category category = live(id);
        if (categories.hasLiveChildren(id) || products.existsLiveInCategory(id)) {
            throw new CategoryNotEmpty(category.idString());
        }
        category.delete();
    }

    @Transactional(readOnly = true)
    public List<CategoryStatistics> statistics(Visibility visibility) {
        List<String> statuses = visibility.restrict(EnumSet.allOf(ProductStatus.class)).stream().map(Enum::name).toList();
        return products.statsPerCategory(statuses).stream()
                .map(row -> new CategoryStatistics(IdGenerator.encode(row.getCategoryId()), row.getCategoryName(),
                        row.getProductCount(), row.getAveragePrice()))
                .toList();
    }

    private List<CategoryNode> nodes(Long parentId, Map<Long, List<Category>> byParent) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .sorted(Comparator.comparingInt(Category::displayOrder).thenComparing(Category::name))
                .map(c -> node(c, nodes(c.id(), byParent)))
                .toList();
    }

    private static CategoryNode node(Category category, List<CategoryNode> children) {
        Long parentId = category.parentId();
        return new CategoryNode(category.idString(), category.name(), category.slug(), category.displayOrder(),
                parentId == null ? null : IdGenerator.encode(parentId), children);
    }

    private static Stream<CategoryNode> flatten(CategoryNode node) {
        return Stream.concat(Stream.of(node),
                node.children().stream().flatMap(CategoryManagement::flatten));
    }

    private void requireFreeSlug(String slug, Long ownId) {
        categories.findLiveBySlug(slug).filter(other -> ownId == null || other.id() != ownId)
                .ifPresent(other -> {
                    throw new SlugTaken(slug);
                });
    }

    private Category parent(Long parentId) {
        return parentId == null ? null : categories.findLive(parentId)
                .orElseThrow(() -> new UnknownCategory(IdGenerator.encode(parentId)));
    }

    private Category live(long id) {
        return categories.findLive(id).orElseThrow(() -> new CategoryNotFound(IdGenerator.encode(id)));
    }
}
