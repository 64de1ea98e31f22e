package com.ecommerce.cart.domain;

/** No item with this id in the caller's cart: unknown, malformed, removed, or another customer's. */
public class CartItemNotFound extends RuntimeException {

    private final String itemId;

    public CartItemNotFound(String itemId) {
        super("No item " + itemId + " in this cart.");
        this.itemId = itemId;
    }

    public String itemId() {
        return itemId;
    }
}
