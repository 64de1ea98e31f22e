package com.ecommerce.product.domain;

/** No live category has this id (never created, or deleted). */
public class CategoryNotFound extends RuntimeException {

    private final String categoryId;

    public CategoryNotFound(String categoryId) {
        super("No category with id " + categoryId + ".");
        this.categoryId = categoryId;
    }

    public String categoryId() {
        return categoryId;
    }
}
