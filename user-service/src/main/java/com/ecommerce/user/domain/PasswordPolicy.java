package com.ecommerce.user.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Rules a new password must meet. Length is what makes a password strong (NIST SP 800-63B), so
 * there are no composition rules; the 72-byte ceiling is BCrypt's, which ignores anything beyond.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Throws {@link WeakPassword} naming the first rule the password breaks. */
    public static void check(String password, EmailAddress email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPassword("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPassword("must be at most " + MAX_BYTES + " bytes long");
        }
        if (password.isBlank() || password.chars().distinct().count() == 1) {
            throw new WeakPassword("must not repeat a single character");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String local = email.localPart();
        if (lower.contains(email.value()) || (local.length() >= 4 && lower.contains(local))) {
            throw new WeakPassword("must not contain the email address");
        }
    }
}
