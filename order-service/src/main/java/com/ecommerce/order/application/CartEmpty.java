package com.ecommerce.order.application;

/** An order from the cart was asked for, but the cart holds nothing. */
public class CartEmpty extends RuntimeException {

    public CartEmpty() {
        super("The cart is empty; add products before checking out.");
    }
}
