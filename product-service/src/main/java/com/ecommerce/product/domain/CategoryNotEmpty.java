package com.ecommerce.product.domain;

/** A category still holds live products or sub-categories, so deleting it would orphan them. */
public class CategoryNotEmpty extends RuntimeException {

    public CategoryNotEmpty(String categoryId) {
        super("Category " + categoryId + " still has products or sub-categories.");
    }
}
