package com.ecommerce.user.domain;

/** An external identity provider did not vouch for the email address, so it cannot be linked or used. */
public class UnverifiedEmail extends RuntimeException {

    public UnverifiedEmail() {
        super("the identity provider did not verify this email address");
    }
}
