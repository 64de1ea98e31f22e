package com.ecommerce.product.domain;

/** Moving a category under itself or one of its descendants would turn the tree into a cycle. */
public class CategoryCycle extends RuntimeException {

    public CategoryCycle(String message) {
        super(message);
    }
}
