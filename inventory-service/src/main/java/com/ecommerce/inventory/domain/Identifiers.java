package com.ecommerce.inventory.domain;

import java.util.regex.Pattern;

/** The shape shared by the ids this service stores (TSIDs, but any short token is accepted). */
final class Identifiers {

    static final int MAX_LENGTH = 64;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private Identifiers() {
    }

    static String require(String kind, String value) {
        if (value == null || !TOKEN.matcher(value).matches()) {
            throw new InvalidIdentifier(kind, value);
        }
        return value;
    }
}
