package com.ecommerce.user.domain;

/** A Google-login code is unknown, already exchanged or expired. */
public class LoginCodeRejected extends RuntimeException {

    public LoginCodeRejected() {
        super("the login code is invalid or expired");
    }
}
