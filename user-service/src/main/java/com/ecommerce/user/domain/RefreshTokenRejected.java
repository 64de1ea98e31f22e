package com.ecommerce.user.domain;

/** A refresh token cannot be exchanged: unknown, expired, used or from a revoked family. */
public class RefreshTokenRejected extends RuntimeException {

    public RefreshTokenRejected(String reason) {
        super(reason);
    }
}
