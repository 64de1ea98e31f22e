package com.ecommerce.product.domain;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Named products and a builder with sensible defaults; events of the set-up are drained. */
public final class ProductFixtures {

    private static final AtomicLong IDS = new AtomicLong(500_000);

    private ProductFixtures() {
    }

    public static Product draftLaptop() {
        return product().build();
    }

    public static Product activeLaptop() {
        return product().status(ProductStatus.ACTIVE).build();
    }

    public static Product inStatus(ProductStatus status) {
        Product product = activeLaptop();
        switch (status) {
            case DRAFT -> {
                return draftLaptop();
            }
            case SOLD_OUT -> product.markSoldOut();
            case DISCONTINUED -> product.discontinue();
            case ACTIVE -> { }
        }
        product.pullEvents();
        return product;
    }

    public static Builder product() {
        return new Builder();
    }

    public static final class Builder {
        private String name = "Aurora Pro Laptop";
        private String description = "A light laptop.";
        private Category category = CategoryFixtures.electronics();
        private Price price = Price.of("1000000", "800000");
        private ProductStatus status = ProductStatus.DRAFT;
        private List<ProductImage> images = List.of(new ProductImage("https://img.example/laptop.jpg", 0, true));

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder category(Category value) {
            category = value;
            return this;
        }

        public Builder price(Price value) {
            price = value;
            return this;
        }

        public Builder status(ProductStatus value) {
            status = value;
            return this;
        }

        public Product build() {
            Product product = Product.register(IDS.incrementAndGet(), name, description, category, price, status, images);
            product.pullEvents();
            return product;
        }
    }
}
