package com.ecommerce.user.domain;

import static com.ecommerce.user.domain.SigningKeyFixtures.activeSince;
import static com.ecommerce.user.domain.SigningKeyFixtures.createdAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration LEAD = Duration.ofMinutes(10);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    private static final Duration MAX_AGE = Duration.ofDays(30);

    @Test
    void firstKeySignsAtOnce() {
        KeyRing empty = new KeyRing(List.of());

        assertThat(empty.rotationDue(T0, MAX_AGE)).isTrue();
        assertThat(empty.activationForNewKey(T0, LEAD)).isEqualTo(T0);
    }

    @Test
    void newKeyIsPublishedBeforeItSigns() {
        SigningKey old = activeSince(T0);
        Instant rotation = T0.plus(Duration.ofDays(1));
        KeyRing ring = rotate(List.of(old), rotation);
        SigningKey successor = ring.keys().get(1);

        assertThat(ring.published(rotation, TOKEN_LIFETIME)).contains(old, successor);
        assertThat(ring.signingKey(rotation)).contains(old);
        assertThat(ring.signingKey(rotation.plus(LEAD).minusMillis(1))).contains(old);
        assertThat(ring.signingKey(rotation.plus(LEAD))).contains(successor);
    }

    @Test
    void retiredKeyStaysPublishedUntilItsLastTokenExpired() {
        SigningKey old = activeSince(T0);
        Instant rotation = T0.plus(Duration.ofDays(1));
        KeyRing ring = rotate(List.of(old), rotation);
        Instant handOver = rotation.plus(LEAD);

        assertThat(ring.published(handOver.plus(TOKEN_LIFETIME).minusMillis(1), TOKEN_LIFETIME)).contains(old);
        assertThat(ring.published(handOver.plus(TOKEN_LIFETIME), TOKEN_LIFETIME)).doesNotContain(old);
    }

    @Test
    void rotationIsDueOnlyWhenTheSigningKeyReachedItsMaximumAge() {
        KeyRing ring = new KeyRing(List.of(activeSince(T0)));

        assertThat(ring.rotationDue(T0.plus(MAX_AGE).minusSeconds(1), MAX_AGE)).isFalse();
        assertThat(ring.rotationDue(T0.plus(MAX_AGE), MAX_AGE)).isTrue();
    }

    @Test
    void noSecondRotationWhileASuccessorWaits() {
        Instant rotation = T0.plus(MAX_AGE);
        KeyRing ring = rotate(List.of(activeSince(T0)), rotation);

        assertThat(ring.rotationDue(rotation.plusSeconds(1), MAX_AGE)).isFalse();
    }

    @Test
    void rotatingAgainBeforeHandOverSupersedesThePendingKey() {
        Instant first = T0.plus(Duration.ofDays(1));
        KeyRing once = rotate(List.of(activeSince(T0)), first);
        Instant second = first.plus(Duration.ofMinutes(1));
        KeyRing twice = rotate(once.keys(), second);
        SigningKey newest = twice.keys().get(2);

        assertThat(twice.signingKey(second.plus(LEAD))).contains(newest);
        assertThat(twice.signingKey(first.plus(LEAD))).contains(twice.keys().get(1));
        assertThat(twice.signingKey(first.plus(LEAD).minusMillis(1))).contains(twice.keys().get(0));
    }

    private static KeyRing rotate(List<SigningKey> keys, Instant now) {
        KeyRing ring = new KeyRing(keys);
        SigningKey successor = createdAt(now, ring.activationForNewKey(now, LEAD));
        ring.handOverTo(successor, now);
        List<SigningKey> all = new ArrayList<>(keys);
        all.add(successor);
        return new KeyRing(all);
    }
}
