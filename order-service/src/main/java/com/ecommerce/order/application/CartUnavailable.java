package com.ecommerce.order.application;

/** The customer's cart could not be read: try again later. */
public class CartUnavailable extends RuntimeException {

    public CartUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
