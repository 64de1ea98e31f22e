package com.ecommerce.product.application;

import java.math.BigDecimal;
import java.util.List;

import com.ecommerce.product.domain.ProductImage;
import com.ecommerce.product.domain.ProductStatus;

/**
 * Change some of a product's fields; a null field stays as it is. A price change may name one
 * of the two prices; the other keeps its current value and the rules apply to the pair.
 */
public record ReviseProduct(String name, String description, Long categoryId, BigDecimal originalPrice,
        BigDecimal salePrice, ProductStatus status, List<ProductImage> images) {

    public ReviseProduct {
        images = images == null ? null : List.copyOf(images);
    }
}
