package com.ecommerce.user.domain;

/**
 * A spent refresh token came back: someone holds a copy. Its family has been revoked; this is a
 * fact to commit, not an error to roll back.
 */
public class RefreshTokenReused extends RefreshTokenRejected {

    public RefreshTokenReused() {
        super("the refresh token was already used; the session has been revoked");
    }
}
