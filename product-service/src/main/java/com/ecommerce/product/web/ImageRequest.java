package com.ecommerce.product.web;

import com.ecommerce.product.domain.ProductImage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An image of a product; {@code isThumbnail} as the seed named it. */
record ImageRequest(@NotBlank @Size(max = 500) @PlainText String imageUrl, int displayOrder, Boolean isThumbnail) {

    ProductImage toImage() {
        return new ProductImage(imageUrl, displayOrder, Boolean.TRUE.equals(isThumbnail));
    }
}
