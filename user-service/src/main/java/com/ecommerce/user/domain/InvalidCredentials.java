package com.ecommerce.user.domain;

/**
 * Login failed. Deliberately one exception for unknown email, wrong password and password-less
 * accounts, so the answer never tells which accounts exist.
 */
public class InvalidCredentials extends RuntimeException {

    public InvalidCredentials() {
        super("invalid email or password");
    }
}
