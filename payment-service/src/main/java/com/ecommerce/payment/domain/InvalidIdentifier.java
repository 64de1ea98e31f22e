package com.ecommerce.payment.domain;

/** An id that cannot name anything this service stores (wrong shape, too long). */
public class InvalidIdentifier extends IllegalArgumentException {

    public InvalidIdentifier(String kind, String value) {
        super("not a valid " + kind + ": " + (value == null ? "null" : abbreviate(value)));
    }

    private static String abbreviate(String value) {
        return value.length() > 70 ? value.substring(0, 70) + "..." : value;
    }
}
