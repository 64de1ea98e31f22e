package com.ecommerce.product.domain;

import java.time.Instant;
import java.util.regex.Pattern;

import com.ecommerce.defaults.id.IdGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the category tree. Products hang off any node; a listing "including sub-categories"
 * covers the whole subtree. Deletion is soft, so the products' history keeps its category.
 */
@Entity
@Table(name = "categories")
public class Category {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    private long id;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false, length = 200)
    private String slug;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;
    @Column(name = "display_order", nullable = false)
    private int displayOrder;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Category() {
    }

    /** A new category under {@code parent}, or a root when {@code parent} is null. */
    public static Category create(long id, String name, String slug, Category parent, int displayOrder) {
        Category category = new Category();
        category.id = id;
        category.revise(name, slug, displayOrder);
        category.moveUnder(parent);
        return category;
    }

    /** Renames and re-orders; the slug must be lower-case words joined by hyphens. */
    public void revise(String name, String slug, int displayOrder) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidCategory("A category name is required and has at most 100 characters.");
        }
        if (slug == null || slug.length() > 200 || !SLUG.matcher(slug).matches()) {
            throw new InvalidCategory("A slug is lower-case letters and digits joined by single hyphens.");
        }
        this.name = name.strip();
        this.slug = slug;
        this.displayOrder = displayOrder;
    }

    /** Moves this category (and its subtree) under {@code newParent}; null makes it a root. */
    public void moveUnder(Category newParent) {
        for (Category ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.id == id) {
                throw new CategoryCycle("Category " + idString() + " cannot move under its own subtree.");
            }
        }
        if (newParent != null && newParent.isDeleted()) {
            throw new UnknownCategory(newParent.idString());
        }
        this.parent = newParent;
    }

    /** Soft delete; the caller has checked that nothing live hangs off this category. */
    public void delete() {
        if (deletedAt == null) {
            deletedAt = Instant.now();
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
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

    public String slug() {
        return slug;
    }

    public Category parent() {
        return parent;
    }

    /** The parent's id without loading the parent. */
    public Long parentId() {
        return parent == null ? null : parent.id();
    }

    public int displayOrder() {
        return displayOrder;
    }
}
