package com.ecommerce.user.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One refresh token of a {@link TokenFamily}, known only by the SHA-256 hash of its value. Each
 * token is good for exactly one refresh; presenting it again means it was copied, so the whole
 * family is revoked.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    @Id
    private long id;
    /** Saved with the first token of a login: a family never exists without a token. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @JoinColumn(name = "family_id")
    private TokenFamily family;
    private String tokenHash;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected RefreshToken() {
    }

    public RefreshToken(long id, TokenFamily family, String tokenHash, Instant now, Duration lifetime) {
        this.id = id;
        this.family = family;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /**
     * Spends this token and returns its successor in the same family.
     *
     * @throws RefreshTokenReused when the token was spent before; the family is revoked first and
     *                            the caller must commit that revocation although it fails the request
     * @throws RefreshTokenRejected when the family is revoked or the token expired
     */
    public RefreshToken rotate(long successorId, String successorHash, Instant now, Duration lifetime) {
        if (usedAt != null) {
            family.revoke(now);
            throw new RefreshTokenReused();
        }
        if (family.isRevoked()) {
            throw new RefreshTokenRejected("the session has ended");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RefreshTokenRejected("the refresh token has expired");
        }
        usedAt = now;
        return new RefreshToken(successorId, family, successorHash, now, lifetime);
    }

    public TokenFamily family() {
        return family;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
