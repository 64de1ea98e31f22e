package com.ecommerce.order.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.ecommerce.order.domain.Payment;
import com.ecommerce.order.domain.ProductId;
import com.ecommerce.order.domain.Shipping;

/**
 * A customer's checkout: either the given items or the current cart. Prices are never part of
 * it; they come from the catalog.
 */
public record PlaceOrder(String customerId, List<Item> items, boolean fromCart, Shipping shipping, Payment payment) {

    public record Item(ProductId productId, int quantity) {

        public Item {
            if (productId == null || quantity < 1) {
                throw new IllegalArgumentException("an item names a product and at least one unit");
            }
        }
    }

    public PlaceOrder {
        items = items == null ? List.of() : List.copyOf(items);
        if (fromCart != items.isEmpty()) {
            throw new IllegalArgumentException("an order has either items or fromCart");
        }
    }

    /**
     * SHA-256 over the request as the service understands it, so an Idempotency-Key retry with
     * the same content matches even if its JSON is spelled differently (spacing, field order,
     * ignored fields such as a client-sent price).
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder().append(fromCart).append('\n');
        items.forEach(i -> canonical.append(i.productId().value()).append('\t').append(i.quantity()).append('\n'));
        canonical.append(shipping.name()).append('\n').append(shipping.address()).append('\n')
                .append(shipping.phone()).append('\n').append(payment.method()).append('\n').append(payment.token());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
