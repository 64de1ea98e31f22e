package com.ecommerce.order.application;

import java.util.List;

/** The calling customer's cart (cart-service), read with the customer's own credentials. */
public interface Carts {

    /**
     * @return the cart's lines as items (empty for an empty cart)
     * @throws CartUnavailable when the cart cannot be read
     */
    List<PlaceOrder.Item> currentCart();
}
