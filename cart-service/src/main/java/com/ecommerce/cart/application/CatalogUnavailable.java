package com.ecommerce.cart.application;

/** The catalog could not be asked about a product the cart does not know yet; retrying later may work. */
public class CatalogUnavailable extends RuntimeException {

    public CatalogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
