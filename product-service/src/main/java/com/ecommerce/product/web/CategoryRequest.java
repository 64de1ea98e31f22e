package com.ecommerce.product.web;

import com.ecommerce.product.application.CategoryDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A category as an admin creates or replaces it; no {@code parentId} makes it a root. */
record CategoryRequest(
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits joined by single hyphens") String slug,
        String parentId,
        Integer displayOrder) {

    CategoryDraft toDraft() {
        return new CategoryDraft(name, slug, parentId == null || parentId.isBlank() ? null : Ids.categoryReference(parentId),
                displayOrder == null ? 0 : displayOrder);
    }
}
