package com.ecommerce.product.domain;

/** A price breaks the catalog's price rules (negative, sale above original, too precise or large). */
public class InvalidPrice extends RuntimeException {

    public InvalidPrice(String message) {
        super(message);
    }
}
