package com.ecommerce.user.domain;

/** No account has this id. */
public class UserNotFound extends RuntimeException {

    public UserNotFound(String id) {
        super("no user " + id);
    }
}
