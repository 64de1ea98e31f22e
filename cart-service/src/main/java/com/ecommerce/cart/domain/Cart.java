package com.ecommerce.cart.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A customer's shopping cart (exactly one per customer). Every change happens while the cart's
 * row is locked ({@link CartRepository#lockByCustomer}), so concurrent changes of one cart apply
 * one after the other and none is lost.
 */
@Entity
@Table(name = "cart")
public class Cart {

    @Id
    private long id;
    @Column(name = "customer_id")
    private String customerId;
    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CartItem> items = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Cart() {
    }

    /** An empty cart; carts are normally opened by {@link CartRepository#open}. */
    public static Cart empty(long id, CustomerId customer, Instant now) {
        Cart cart = new Cart();
        cart.id = id;
        cart.customerId = customer.value();
        cart.createdAt = now;
        cart.updatedAt = now;
        return cart;
    }

    public long id() {
        return id;
    }

    public CustomerId customer() {
        return CustomerId.of(customerId);
    }

    public List<CartItem> items() {
        return List.copyOf(items);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Puts {@code quantity} units of a product into the cart: added to its item if the product is
     * already in the cart, otherwise as a new item.
     *
     * @throws QuantityOutOfRange if the quantity, or the item's new total, is outside the limits
     * @throws CartFull           if a new item would pass the maximum number of items
     */
    public CartItem add(ProductId productId, int quantity, CartLimits limits, LongSupplier ids, Instant now) {
        limits.checkQuantity(quantity);
        Optional<CartItem> existing = items.stream().filter(i -> i.productId().equals(productId)).findFirst();
        CartItem item;
        if (existing.isPresent()) {
            item = existing.get();
            item.increase(quantity, limits, now);
        } else {
            if (items.size() >= limits.maxItems()) {
                throw new CartFull(limits.maxItems());
            }
            item = new CartItem(ids.getAsLong(), this, productId, quantity, now);
            items.add(item);
        }
        updatedAt = now;
        return item;
    }

    /** @throws CartItemNotFound if no such item is in this cart */
    public void changeQuantity(CartItemId itemId, int quantity, CartLimits limits, Instant now) {
        item(itemId).changeTo(quantity, limits, now);
        updatedAt = now;
    }

    /** @throws CartItemNotFound if no such item is in this cart */
    public void remove(CartItemId itemId, Instant now) {
        items.remove(item(itemId));
        updatedAt = now;
    }

    /** Empties the cart. @return false if it was empty already (nothing changed) */
    public boolean clear(Instant now) {
        if (items.isEmpty()) {
            return false;
        }
        items.clear();
        updatedAt = now;
        return true;
    }

    /**
     * Takes out what an order placed from this cart holds: each ordered product's quantity is
     * subtracted from its item, and an item left with nothing goes. Products the order did not
     * hold, and units added after it was placed, stay in the cart.
     *
     * @return false if nothing changed (none of the ordered products is in the cart any more)
     */
    public boolean take(OrderedItems ordered, Instant now) {
        boolean changed = false;
        for (Iterator<CartItem> it = items.iterator(); it.hasNext();) {
            CartItem item = it.next();
            int taken = ordered.quantityOf(item.productId());
            if (taken >= item.quantity()) {
                it.remove();
            } else if (taken > 0) {
                item.decrease(taken, now);
            }
            changed |= taken > 0;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    private CartItem item(CartItemId itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new CartItemNotFound(itemId.asString()));
    }
}
