package com.ecommerce.inventory.domain;

/**
 * An id that cannot name anything here (blank, too long, odd characters). An
 * {@link IllegalArgumentException}, so a message carrying one is dead-lettered without retries.
 */
public class InvalidIdentifier extends IllegalArgumentException {

    public InvalidIdentifier(String kind, String value) {
        super("Invalid " + kind + ": " + (value == null ? "null" : "'" + abbreviate(value) + "'"));
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
