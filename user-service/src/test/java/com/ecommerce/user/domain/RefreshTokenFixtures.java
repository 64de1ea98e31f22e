package com.ecommerce.user.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Refresh tokens (and their families) for tests. */
public final class RefreshTokenFixtures {

    public static final Duration LIFETIME = Duration.ofDays(7);
    private static final AtomicLong IDS = new AtomicLong(2_000_000);

    private RefreshTokenFixtures() {
    }

    /** A fresh, unused token of a new family, issued at {@code issuedAt}. */
    public static RefreshToken issuedAt(Instant issuedAt) {
        TokenFamily family = new TokenFamily(IDS.incrementAndGet(), 42L, issuedAt);
        return new RefreshToken(IDS.incrementAndGet(), family, "hash-" + IDS.get(), issuedAt, LIFETIME);
    }

    /** Rotates {@code token} at {@code when} and returns the successor. */
    public static RefreshToken rotated(RefreshToken token, Instant when) {
        return token.rotate(IDS.incrementAndGet(), "hash-" + IDS.get(), when, LIFETIME);
    }
}
