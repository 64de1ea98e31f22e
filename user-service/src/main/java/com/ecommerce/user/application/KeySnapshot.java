package com.ecommerce.user.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * One instance's in-memory copy of the key table: the JWKS and the private key that was signing
 * when it was loaded, with the time that key stops signing (if a successor is scheduled).
 */
record KeySnapshot(Instant loadedAt, JWKSet published, RSAKey signingKey, Instant signingUntil) {

    static final KeySnapshot EMPTY = new KeySnapshot(Instant.EPOCH, new JWKSet(List.of()), null, null);

    boolean isOlderThan(Instant now, Duration ttl) {
        return !loadedAt.plus(ttl).isAfter(now);
    }

    /** The signing key, unless its hand-over time has passed since loading. */
    RSAKey signing(Instant now) {
        if (signingUntil != null && !signingUntil.isAfter(now)) {
            return null;
        }
        return signingKey;
    }
}
