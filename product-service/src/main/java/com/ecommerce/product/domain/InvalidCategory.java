package com.ecommerce.product.domain;

/** A category's name or slug break the catalog's rules. */
public class InvalidCategory extends RuntimeException {

    public InvalidCategory(String message) {
        super(message);
    }
}
