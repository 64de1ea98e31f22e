package com.ecommerce.user.domain;

/** A new password breaks the {@link PasswordPolicy}; the message says which rule. */
public class WeakPassword extends RuntimeException {

    public WeakPassword(String rule) {
        super(rule);
    }
}
