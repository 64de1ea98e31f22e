package com.ecommerce.cart.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.cart.application.CartView;

/**
 * The seed's cart shape (ids as strings, {@code totalPrice}, {@code totalItemCount}), plus per
 * item whether it can be ordered now and why not.
 */
record CartResponse(String id, String userId, List<Item> items, BigDecimal totalPrice, int totalItemCount,
        String currency, boolean hasUnavailableItems, Instant createdAt, Instant updatedAt) {

    record Item(String id, String productId, String productName, BigDecimal price, int quantity,
            BigDecimal subtotal, boolean available, String availability, Instant createdAt, Instant updatedAt) {
    }

    static CartResponse of(CartView view) {
        return new CartResponse(view.id(), view.customerId(), view.items().stream().map(CartResponse::item).toList(),
                view.totalPrice(), view.totalItemCount(), view.currency(), view.hasUnavailableItems(),
                view.createdAt(), view.updatedAt());
    }

    private static Item item(CartView.Item i) {
        return new Item(i.id(), i.productId(), i.productName(), i.price(), i.quantity(), i.subtotal(), i.available(),
                i.availability(), i.createdAt(), i.updatedAt());
    }
}
