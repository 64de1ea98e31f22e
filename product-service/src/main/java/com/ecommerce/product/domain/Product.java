package com.ecommerce.product.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A product of the catalog, root of its images. It guards its price rules and status transitions
 * and registers an {@link ProductEvent} for every change other services must hear about; the
 * application layer drains them into the outbox in the same transaction.
 */
@Entity
@Table(name = "products")
public class Product {

    @Id
    private long id;
    @Column(nullable = false, length = 200)
    private String name;
    private String description;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;
    @Embedded
    private Price price;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProductStatus status;
    @ElementCollection
    @CollectionTable(name = "product_images", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<ProductImage> images = new ArrayList<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;
    @Transient
    private final List<ProductEvent> events = new ArrayList<>();

    protected Product() {
    }

    /**
     * A new product. It conceptually starts as DRAFT and moves to {@code status} by the usual
     * transition rules, so it can be created ACTIVE (or DISCONTINUED) but never SOLD_OUT.
     */
    public static Product register(long id, String name, String description, Category category,
            Price price, ProductStatus status, List<ProductImage> images) {
        Product product = new Product();
        product.id = id;
        product.status = ProductStatus.DRAFT;
        product.rename(name);
        product.describe(description);
        product.recategorize(category);
        product.price = require(price);
        product.replaceImages(images);
        product.changeStatus(status == null ? ProductStatus.DRAFT : status);
        product.events.clear();
        product.events.add(new ProductEvent.Created(product.id, product.name, category.id(), product.price, product.status));
        return product;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new InvalidProduct("A product name is required and has at most 200 characters.");
        }
        String stripped = newName.strip();
        if (!stripped.equals(name)) {
            this.name = stripped;
            revised();
        }
    }

    public void describe(String newDescription) {
        this.description = newDescription;
    }

    public void recategorize(Category newCategory) {
        if (newCategory == null || newCategory.isDeleted()) {
            throw new UnknownCategory(newCategory == null ? "(none)" : newCategory.idString());
        }
        if (category == null || category.id() != newCategory.id()) {
            this.category = newCategory;
            revised();
        }
    }

    /** One Revised event per unit of work, carrying the name and category after all of its changes. */
    private void revised() {
        events.removeIf(ProductEvent.Revised.class::isInstance);
        if (name != null && category != null) {
            events.add(new ProductEvent.Revised(id, name, category.id()));
        }
    }

    /** Changes the price; an unchanged price is a no-op and announces nothing. */
    public void reprice(Price newPrice) {
        if (require(newPrice).sameAs(price)) {
            return;
        }
        this.price = newPrice;
        events.add(new ProductEvent.PriceChanged(id, newPrice));
    }

    public void replaceImages(List<ProductImage> newImages) {
        images.clear();
        if (newImages != null) {
            images.addAll(newImages);
        }
    }

    /** Lists the product: from DRAFT, or back from SOLD_OUT once restocked. */
    public void activate() {
        switch (status) {
            case ACTIVE -> { } // repeated request: already there
            case DRAFT, SOLD_OUT -> moveTo(ProductStatus.ACTIVE);
            case DISCONTINUED -> throw new IllegalStatusTransition(status, ProductStatus.ACTIVE);
        }
    }

    /** Keeps an ACTIVE product listed but not orderable. */
    public void markSoldOut() {
        switch (status) {
            case SOLD_OUT -> { }
            case ACTIVE -> moveTo(ProductStatus.SOLD_OUT);
            case DRAFT, DISCONTINUED -> throw new IllegalStatusTransition(status, ProductStatus.SOLD_OUT);
        }
    }

    /** Withdraws the product for good; allowed from every status. */
    public void discontinue() {
        switch (status) {
            case DISCONTINUED -> { }
            case DRAFT, ACTIVE, SOLD_OUT -> moveTo(ProductStatus.DISCONTINUED);
        }
    }

    /** Moves to {@code target} through the named transitions; only a DRAFT product is DRAFT. */
    public void changeStatus(ProductStatus target) {
        switch (target) {
            case ACTIVE -> activate();
            case SOLD_OUT -> markSoldOut();
            case DISCONTINUED -> discontinue();
            case DRAFT -> {
                if (status != ProductStatus.DRAFT) {
                    throw new IllegalStatusTransition(status, ProductStatus.DRAFT);
                }
            }
        }
    }

    /** Soft delete: the row stays for history and foreign references, customers never see it. */
    public void delete() {
        if (deletedAt == null) {
            deletedAt = Instant.now();
            events.add(new ProductEvent.Deleted(id));
        }
    }

    /** The changes since the last call, oldest first; the list is emptied. */
    public List<ProductEvent> pullEvents() {
        List<ProductEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    private void moveTo(ProductStatus target) {
        ProductStatus previous = status;
        status = target;
        if (previous != target) {
            events.add(new ProductEvent.StatusChanged(id, target, previous));
        }
    }

    private static Price require(Price price) {
        if (price == null) {
            throw new InvalidPrice("A price is required.");
        }
        return price;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    public long id() {
        return id;
    }

    public String idString() {
        return IdGenerator.encode(id);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Category category() {
        return category;
    }

    public Price price() {
        return price;
    }

    public ProductStatus status() {
        return status;
    }

    public List<ProductImage> images() {
        return List.copyOf(images);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
