package com.ecommerce.product.application;

import java.util.List;

/** A category with its sub-categories, as the tree endpoint shows it. */
public record CategoryNode(String id, String name, String slug, int displayOrder, String parentId,
        List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }
}
