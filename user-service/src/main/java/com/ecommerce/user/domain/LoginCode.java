package com.ecommerce.user.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code handed to the browser after a Google login, exchanged once, shortly after, for
 * the platform's tokens: tokens never travel in a redirect URL. Stored as a SHA-256 hash.
 */
@Entity
@Table(name = "login_code")
public class LoginCode {

    @Id
    private String codeHash;
    private long userId;
    private Instant expiresAt;

    protected LoginCode() {
    }

    public LoginCode(String codeHash, long userId, Instant now, Duration lifetime) {
        this.codeHash = codeHash;
        this.userId = userId;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public long userId() {
        return userId;
    }
}
