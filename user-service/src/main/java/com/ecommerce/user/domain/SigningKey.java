package com.ecommerce.user.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A key pair that signs access tokens. Its life: published in the JWKS from creation, signing
 * from {@code activatedAt}, no longer signing from {@code retiredAt}, and still published until
 * the last token it signed has expired. The key material is opaque here: the public half as a
 * JWK, the private half encrypted by the application.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    private String kid;
    private String publicJwk;
    private byte[] privateJwk;
    private Instant createdAt;
    private Instant activatedAt;
    private Instant retiredAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String publicJwk, byte[] encryptedPrivateJwk, Instant now, Instant activatedAt) {
        if (activatedAt.isBefore(now)) {
            throw new IllegalArgumentException("a key cannot sign before it exists");
        }
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.privateJwk = encryptedPrivateJwk.clone();
        this.createdAt = now;
        this.activatedAt = activatedAt;
    }

    /** Stops signing at {@code when}; a key retired earlier keeps its earlier time. */
    void retireAt(Instant when) {
        if (retiredAt == null || when.isBefore(retiredAt)) {
            retiredAt = when;
        }
    }

    boolean signsAt(Instant now) {
        return !activatedAt.isAfter(now) && (retiredAt == null || retiredAt.isAfter(now));
    }

    boolean isPending(Instant now) {
        return activatedAt.isAfter(now);
    }

    /** Tokens signed up to {@code retiredAt} live one token lifetime longer, so the key must too. */
    boolean isPublishedAt(Instant now, Duration tokenLifetime) {
        return retiredAt == null || retiredAt.plus(tokenLifetime).isAfter(now);
    }

    public String kid() {
        return kid;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public byte[] encryptedPrivateJwk() {
        return privateJwk.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    /** When this key stops signing, or null while no successor is scheduled. */
    public Instant retiredAtOrNull() {
        return retiredAt;
    }
}
