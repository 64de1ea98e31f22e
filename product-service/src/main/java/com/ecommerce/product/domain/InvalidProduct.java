package com.ecommerce.product.domain;

/** A product's name or images break the catalog's rules. */
public class InvalidProduct extends RuntimeException {

    public InvalidProduct(String message) {
        super(message);
    }
}
