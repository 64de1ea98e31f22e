package com.ecommerce.cart.domain;

/** A new item would pass the maximum number of items in a cart. */
public class CartFull extends RuntimeException {

    private final int maxItems;

    public CartFull(int maxItems) {
        super("The cart already holds the maximum of " + maxItems + " items.");
        this.maxItems = maxItems;
    }

    public int maxItems() {
        return maxItems;
    }
}
