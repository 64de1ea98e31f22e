package com.ecommerce.product.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A picture of a product: a value of its product, replaced together with the other images. */
@Embeddable
public record ProductImage(
        @Column(name = "image_url", nullable = false, length = 500) String url,
        @Column(name = "display_order", nullable = false) int displayOrder,
        @Column(name = "thumbnail", nullable = false) boolean thumbnail) {

    static final int MAX_URL_LENGTH = 500;

    public ProductImage {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new InvalidProduct("An image URL is required and has at most " + MAX_URL_LENGTH + " characters.");
        }
    }
}
