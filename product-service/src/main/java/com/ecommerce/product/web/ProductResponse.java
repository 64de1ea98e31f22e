package com.ecommerce.product.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.product.application.ProductView;
import com.ecommerce.product.domain.ProductStatus;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A product in the seed's client-facing shape; ids are strings. */
record ProductResponse(String id, String name, String description, String categoryId, String categoryName,
        BigDecimal originalPrice, BigDecimal salePrice, BigDecimal discountRate, ProductStatus status,
        List<Image> images, Instant createdAt, Instant updatedAt) {

    static ProductResponse of(ProductView view) {
        return new ProductResponse(view.id(), view.name(), view.description(), view.categoryId(),
                view.categoryName(), view.originalPrice(), view.salePrice(), view.discountRate(), view.status(),
                view.images().stream().map(i -> new Image(i.imageUrl(), i.displayOrder(), i.thumbnail())).toList(),
                view.createdAt(), view.updatedAt());
    }

    static List<ProductResponse> of(List<ProductView> views) {
        return views.stream().map(ProductResponse::of).toList();
    }

    record Image(String imageUrl, int displayOrder, @JsonProperty("isThumbnail") boolean isThumbnail) {
    }
}
