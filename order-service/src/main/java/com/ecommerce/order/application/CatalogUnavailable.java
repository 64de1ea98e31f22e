package com.ecommerce.order.application;

/** The catalog could not price the order (down, slow, or answering errors): try again later. */
public class CatalogUnavailable extends RuntimeException {

    public CatalogUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
