package com.ecommerce.product.application;

import java.util.List;

import com.ecommerce.product.domain.Price;
import com.ecommerce.product.domain.ProductImage;
import com.ecommerce.product.domain.ProductStatus;

/** Add a product to the catalog; {@code status} null means DRAFT. */
public record RegisterProduct(String name, String description, long categoryId, Price price,
        ProductStatus status, List<ProductImage> images) {

    public RegisterProduct {
        images = images == null ? List.of() : List.copyOf(images);
    }
}
