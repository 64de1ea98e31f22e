package com.ecommerce.order.domain;

/** Where an order goes; the web layer validates the same limits field by field for clients. */
public record Shipping(String name, String address, String phone) {

    public Shipping {
        require(name, 100, "name");
        require(address, 500, "address");
        require(phone, 20, "phone");
    }

    private static void require(String value, int max, String field) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("shipping " + field + " must be 1 to " + max + " characters");
        }
    }
}
