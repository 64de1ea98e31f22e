package com.ecommerce.cart.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ecommerce.cart.domain.Cart;
import com.ecommerce.cart.domain.CartItem;
import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.defaults.id.IdGenerator;

/**
 * A cart as its owner sees it: each item with the catalog's current name and price. Totals count
 * only items that can be ordered now, so a price the customer cannot pay never adds up.
 */
public record CartView(String id, String customerId, List<Item> items, BigDecimal totalPrice, int totalItemCount,
        String currency, boolean hasUnavailableItems, Instant createdAt, Instant updatedAt) {

    public CartView {
        items = List.copyOf(items);
    }

    /**
     * @param availability the catalog status (ACTIVE, SOLD_OUT ...), DELETED, or UNKNOWN if the
     *                     cart has no copy of the product
     */
    public record Item(String id, String productId, String productName, BigDecimal price, String currency,
            int quantity, BigDecimal subtotal, boolean available, String availability, Instant createdAt,
            Instant updatedAt) {
    }

    static CartView of(Cart cart, List<Product> products) {
        Map<ProductId, Product> byId = products.stream().collect(Collectors.toMap(Product::id, Function.identity()));
        List<Item> items = cart.items().stream().map(i -> item(i, Optional.ofNullable(byId.get(i.productId()))))
                .toList();
        List<Item> available = items.stream().filter(Item::available).toList();
        BigDecimal total = available.stream().map(Item::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        int count = available.stream().mapToInt(Item::quantity).sum();
        String currency = available.stream().map(Item::currency).findFirst().orElse(null);
        return new CartView(IdGenerator.encode(cart.id()), cart.customer().value(), items, total, count, currency,
                available.size() < items.size(), cart.createdAt(), cart.updatedAt());
    }

    private static Item item(CartItem item, Optional<Product> product) {
        String id = item.id().asString();
        String productId = item.productId().value();
        if (product.isEmpty()) {
            return new Item(id, productId, null, null, null, item.quantity(), null, false, "UNKNOWN",
                    item.createdAt(), item.updatedAt());
        }
        Product p = product.get();
        return new Item(id, productId, p.name(), p.price(), p.currency(), item.quantity(),
                p.price().multiply(BigDecimal.valueOf(item.quantity())), p.orderable(), p.availability(),
                item.createdAt(), item.updatedAt());
    }
}
