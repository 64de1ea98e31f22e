package com.ecommerce.user.domain;

/** Another account already uses this email address. */
public class EmailAlreadyRegistered extends RuntimeException {

    public EmailAlreadyRegistered(EmailAddress email) {
        super("an account with this email address exists");
    }
}
