package com.ecommerce.product.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.product.domain.Product;
import com.ecommerce.product.domain.ProductImage;
import com.ecommerce.product.domain.ProductStatus;

/**
 * A product as readers see it; what the cache holds (serializable, no JPA state). Ids are the
 * TSID strings clients use.
 */
public record ProductView(String id, String name, String description, String categoryId, String categoryName,
        BigDecimal originalPrice, BigDecimal salePrice, BigDecimal discountRate, ProductStatus status,
        List<Image> images, Instant createdAt, Instant updatedAt) implements Serializable {

    public ProductView {
        images = List.copyOf(images);
    }

    /** Needs the product's category and images loaded. */
    public static ProductView of(Product product) {
        return new ProductView(product.idString(), product.name(), product.description(),
                product.category().idString(), product.category().name(), product.price().original(),
                product.price().sale(), product.price().discountRate(), product.status(),
                product.images().stream().map(Image::of).toList(), product.createdAt(), product.updatedAt());
    }

    public boolean visibleTo(Visibility visibility) {
        return visibility.allows(status);
    }

    public record Image(String imageUrl, int displayOrder, boolean thumbnail) implements Serializable {

        static Image of(ProductImage image) {
            return new Image(image.url(), image.displayOrder(), image.thumbnail());
        }
    }
}
