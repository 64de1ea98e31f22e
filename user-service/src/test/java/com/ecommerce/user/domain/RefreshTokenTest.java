package com.ecommerce.user.domain;

import static com.ecommerce.user.domain.RefreshTokenFixtures.issuedAt;
import static com.ecommerce.user.domain.RefreshTokenFixtures.rotated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void rotationSpendsTheTokenAndKeepsTheFamily() {
        RefreshToken token = issuedAt(T0);

        RefreshToken successor = rotated(token, T0.plusSeconds(60));

        assertThat(token.isUsed()).isTrue();
        assertThat(successor.isUsed()).isFalse();
        assertThat(successor.family()).isSameAs(token.family());
        assertThat(successor.expiresAt()).isEqualTo(T0.plusSeconds(60).plus(RefreshTokenFixtures.LIFETIME));
    }

    @Test
    void reuseOfSpentTokenRevokesTheFamily() {
        RefreshToken token = issuedAt(T0);
        RefreshToken successor = rotated(token, T0.plusSeconds(60));

        assertThatThrownBy(() -> rotated(token, T0.plusSeconds(120))).isInstanceOf(RefreshTokenReused.class);

        assertThat(token.family().isRevoked()).isTrue();
        assertThatThrownBy(() -> rotated(successor, T0.plusSeconds(180)))
                .isInstanceOf(RefreshTokenRejected.class)
                .isNotInstanceOf(RefreshTokenReused.class);
    }

    @Test
    void rejectsExpiredToken() {
        RefreshToken token = issuedAt(T0);

        assertThatThrownBy(() -> rotated(token, T0.plus(RefreshTokenFixtures.LIFETIME)))
                .isInstanceOf(RefreshTokenRejected.class).hasMessageContaining("expired");
        assertThat(token.isUsed()).isFalse();
    }

    @Test
    void rejectsTokenOfRevokedFamily() {
        RefreshToken token = issuedAt(T0);
        token.family().revoke(T0.plusSeconds(1));

        assertThatThrownBy(() -> rotated(token, T0.plusSeconds(2))).isInstanceOf(RefreshTokenRejected.class);
        assertThat(token.isUsed()).isFalse();
    }

    @Test
    void revocationIsIdempotent() {
        TokenFamily family = issuedAt(T0).family();
        family.revoke(T0);
        family.revoke(T0.plus(Duration.ofHours(1)));

        assertThat(family.isRevoked()).isTrue();
    }
}
