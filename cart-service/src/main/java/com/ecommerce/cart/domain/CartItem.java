package com.ecommerce.cart.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product in a cart with its quantity; prices are not kept here but read from the catalog copy. */
@Entity
@Table(name = "cart_item")
public class CartItem {

    @Id
    private long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;
    @Column(name = "product_id")
    private String productId;
    private int quantity;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CartItem() {
    }

    CartItem(long id, Cart cart, ProductId productId, int quantity, Instant now) {
        this.id = id;
        this.cart = cart;
        this.productId = productId.value();
        this.quantity = quantity;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public CartItemId id() {
        return new CartItemId(id);
    }

    public ProductId productId() {
        return ProductId.of(productId);
    }

    public int quantity() {
        return quantity;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Adds to the quantity; the sum must stay within the limit (checked in long, so it cannot overflow). */
    void increase(int more, CartLimits limits, Instant now) {
        limits.checkQuantity((long) quantity + more);
        changeTo(quantity + more, limits, now);
    }

    /**
     * Gives up units an order took; fewer than the item holds, so at least one stays. No upper
     * limit applies: a smaller quantity is always acceptable, even after the limit was lowered.
     */
    void decrease(int taken, Instant now) {
        if (taken < 1 || taken >= quantity) {
            throw new IllegalArgumentException("an item gives up at least one and fewer than all of its units");
        }
        quantity -= taken;
        updatedAt = now;
    }

    void changeTo(int newQuantity, CartLimits limits, Instant now) {
        limits.checkQuantity(newQuantity);
        quantity = newQuantity;
        updatedAt = now;
    }
}
