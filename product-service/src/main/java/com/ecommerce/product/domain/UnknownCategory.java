package com.ecommerce.product.domain;

/** A product or category refers to a category that does not exist (or was deleted). */
public class UnknownCategory extends RuntimeException {

    private final String categoryId;

    public UnknownCategory(String categoryId) {
        super("Category " + categoryId + " does not exist.");
        this.categoryId = categoryId;
    }

    public String categoryId() {
        return categoryId;
    }
}
