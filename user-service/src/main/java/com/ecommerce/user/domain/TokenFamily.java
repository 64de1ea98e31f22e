package com.ecommerce.user.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The refresh tokens descending from one login. Revoking the family ends the session on every
 * device that holds one of its tokens, including a thief's.
 */
@Entity
@Table(name = "refresh_token_family")
public class TokenFamily {

    @Id
    private long id;
    private long userId;
    private Instant createdAt;
    private Instant revokedAt;

    protected TokenFamily() {
    }

    public TokenFamily(long id, long userId, Instant now) {
        this.id = id;
        this.userId = userId;
        this.createdAt = now;
    }

    /** Idempotent: the first revocation time is kept. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public long id() {
        return id;
    }

    public long userId() {
        return userId;
    }
}
