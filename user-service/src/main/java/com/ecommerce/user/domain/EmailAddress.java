package com.ecommerce.user.domain;

import java.util.Locale;

/**
 * An email address in its normalised form (trimmed, lower case), so that sign-up, login and
 * Google linking compare the same spelling and the unique index sees one address once.
 */
public record EmailAddress(String value) {

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("an email address is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        int at = value.indexOf('@');
        if (at < 1 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.length() > 254) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
