package com.ecommerce.product.application;

/** The fields of a category an admin sets on create and on update; {@code parentId} null = root. */
public record CategoryDraft(String name, String slug, Long parentId, int displayOrder) {
}
