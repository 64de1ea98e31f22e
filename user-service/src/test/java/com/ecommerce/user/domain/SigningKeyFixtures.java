package com.ecommerce.user.domain;

import java.time.Instant;
import java.util.UUID;

/** Signing keys for rule tests: the key material is irrelevant to the rotation rules. */
public final class SigningKeyFixtures {

    private SigningKeyFixtures() {
    }

    public static SigningKey activeSince(Instant activatedAt) {
        return new SigningKey("kid-" + UUID.randomUUID(), "{}", new byte[] {1}, activatedAt, activatedAt);
    }

    public static SigningKey createdAt(Instant createdAt, Instant activatesAt) {
        return new SigningKey("kid-" + UUID.randomUUID(), "{}", new byte[] {1}, createdAt, activatesAt);
    }
}
