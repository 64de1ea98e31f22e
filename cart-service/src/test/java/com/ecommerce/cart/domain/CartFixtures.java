package com.ecommerce.cart.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import com.ecommerce.defaults.id.IdGenerator;

/** Carts and catalog products for tests, with fresh ids no earlier run has used. */
public final class CartFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    public static final CartLimits LIMITS = new CartLimits(99, 50);
    private static final IdGenerator IDS = new IdGenerator(7);
    private static final AtomicLong SEQUENCE = new AtomicLong(1_000);

    private CartFixtures() {
    }

    public static LongSupplier ids() {
        return IDS::nextId;
    }

    public static ProductId newProductId() {
        return ProductId.of(IDS.nextString());
    }

    public static CustomerId newCustomer() {
        return CustomerId.of("customer-" + IDS.nextString());
    }

    public static Product active(ProductId id, String price) {
        return new Product(id, "Product " + id, new BigDecimal(price), "KRW", ProductStatus.ACTIVE, false);
    }

    public static Product withStatus(ProductId id, ProductStatus status) {
        return new Product(id, "Product " + id, new BigDecimal("1000.00"), "KRW", status, false);
    }

    public static CartBuilder aCart() {
        return new CartBuilder();
    }

    /** A cart with defaults: a new customer, no items, the standard limits. */
    public static final class CartBuilder {

        private CustomerId customer = newCustomer();
        private final List<Object[]> items = new ArrayList<>();

        public CartBuilder of(CustomerId owner) {
            this.customer = owner;
            return this;
        }

        public CartBuilder withItem(ProductId product, int quantity) {
            items.add(new Object[] {product, quantity});
            return this;
        }

        public Cart build() {
            Cart cart = Cart.empty(SEQUENCE.incrementAndGet(), customer, NOW);
            items.forEach(i -> cart.add((ProductId) i[0], (Integer) i[1], LIMITS, ids(), NOW));
            return cart;
        }
    }
}
