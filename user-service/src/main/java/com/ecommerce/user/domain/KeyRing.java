package com.ecommerce.user.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All signing keys and the rotation rules over them. Rotation never causes downtime: the new key
 * is published {@code publishLead} before it starts signing (so every verifier has refreshed its
 * JWKS by then), and the old key stays published until its last token expired.
 */
public record KeyRing(List<SigningKey> keys) {

    public KeyRing {
        keys = List.copyOf(keys);
    }

    /** The key that signs now: the most recently activated one that is active. */
    public Optional<SigningKey> signingKey(Instant now) {
        return keys.stream().filter(k -> k.signsAt(now)).max(Comparator.comparing(SigningKey::activatedAt));
    }

    /** Keys a verifier must know now: current, upcoming, and retired ones whose tokens may still live. */
    public List<SigningKey> published(Instant now, Duration tokenLifetime) {
        return keys.stream().filter(k -> k.isPublishedAt(now, tokenLifetime))
                .sorted(Comparator.comparing(SigningKey::activatedAt).reversed()).toList();
    }

    /** A rotation is due when nothing signs, or the signing key is older than {@code maxAge} and no successor waits. */
    public boolean rotationDue(Instant now, Duration maxAge) {
        if (keys.stream().anyMatch(k -> k.isPending(now))) {
            return false;
        }
        return signingKey(now).map(k -> !k.activatedAt().plus(maxAge).isAfter(now)).orElse(true);
    }

    /**
     * When a new key created now may start signing: at once if nothing signs (first start), else
     * after {@code publishLead}.
     */
    public Instant activationForNewKey(Instant now, Duration publishLead) {
        return signingKey(now).isPresent() ? now.plus(publishLead) : now;
    }

    /** Hands signing over to {@code successor}: every key active now stops when it starts. */
    public void handOverTo(SigningKey successor, Instant now) {
        keys.stream().filter(k -> k != successor && (k.signsAt(now) || k.isPending(now)))
                .forEach(k -> k.retireAt(successor.activatedAt()));
    }
}
