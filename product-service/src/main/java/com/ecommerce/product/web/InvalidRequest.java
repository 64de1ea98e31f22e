package com.ecommerce.product.web;

/** A request parameter the framework could not check for us (id lists, sort names ...). */
class InvalidRequest extends RuntimeException {

    private final String field;

    InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
