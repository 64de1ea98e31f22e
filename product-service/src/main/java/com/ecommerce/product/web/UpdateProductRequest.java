package com.ecommerce.product.web;

import java.math.BigDecimal;
import java.util.List;

import com.ecommerce.product.application.ReviseProduct;
import com.ecommerce.product.domain.ProductStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partial update (PUT as the seed, and PATCH): a missing or null field stays unchanged. */
record UpdateProductRequest(
        @Size(min = 1, max = 200) @PlainText String name,
        @PlainText(multiline = true) String description,
        String categoryId,
        @Digits(integer = 8, fraction = 2) BigDecimal originalPrice,
        @Digits(integer = 8, fraction = 2) BigDecimal salePrice,
        ProductStatus status,
        @Size(max = 20) List<@Valid @NotNull ImageRequest> images) {

    ReviseProduct toCommand() {
        return new ReviseProduct(name, description, categoryId == null ? null : Ids.categoryReference(categoryId),
                originalPrice, salePrice, status,
                images == null ? null : images.stream().map(ImageRequest::toImage).toList());
    }
}
