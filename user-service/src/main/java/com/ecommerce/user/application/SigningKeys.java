package com.ecommerce.user.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.ecommerce.user.config.KeyProperties;
import com.ecommerce.user.config.TokenProperties;
import com.ecommerce.user.domain.KeyRing;
import com.ecommerce.user.domain.SigningKey;
import com.ecommerce.user.domain.SigningKeyRepository;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.stereotype.Component;

/**
 * The keys every instance shares through the database, read from an in-memory copy refreshed
 * every {@code cacheTtl}. That is far shorter than {@code publishLead}, so an instance always
 * knows a key before the key starts signing anywhere.
 */
@Component
public class SigningKeys {

    private static final Duration RELOAD_FLOOR = Duration.ofSeconds(5);

    private final SigningKeyRepository repository;
    private final KeyRotation rotation;
    private final KeyProperties properties;
    private final TokenProperties tokens;
    private final Clock clock;
    private volatile KeySnapshot snapshot = KeySnapshot.EMPTY;

    SigningKeys(SigningKeyRepository repository, KeyRotation rotation, KeyProperties properties,
            TokenProperties tokens, Clock clock) {
        this.repository = repository;
        this.rotation = rotation;
        this.properties = properties;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The private key that signs now; on a fresh database the first key is created here. */
    public RSAKey signingKey() {
        Instant now = clock.instant();
        RSAKey key = fresh(now).signing(now);
        if (key == null) {
            rotation.rotateIfDue();
            key = reload(now).signing(now);
        }
        if (key == null) {
            throw new IllegalStateException("no signing key is active");
        }
        return key;
    }

    /** The public keys verifiers must know now (the JWKS). */
    public JWKSet publicKeys() {
        return fresh(clock.instant()).published();
    }

    /**
     * Reads the database again when a token names a key this copy does not know, at most once
     * every few seconds so tokens with made-up key ids cannot flood the database.
     */
    public JWKSet reloadPublicKeys() {
        Instant now = clock.instant();
        KeySnapshot current = snapshot;
        return current.isOlderThan(now, RELOAD_FLOOR) ? reload(now).published() : current.published();
    }

    /** Creates a successor key (see {@link KeyRotation#rotate()}) and drops the stale copy. */
    public String rotate() {
        String kid = rotation.rotate();
        snapshot = KeySnapshot.EMPTY;
        return kid;
    }

    private KeySnapshot fresh(Instant now) {
        KeySnapshot current = snapshot;
        return current.isOlderThan(now, properties.cacheTtl()) ? reload(now) : current;
    }

    private KeySnapshot reload(Instant now) {
        KeyRing ring = new KeyRing(repository.findAll());
        List<JWK> published = ring.published(now, tokens.accessTokenLifetime()).stream()
                .map(k -> KeyRotation.parse(k.publicJwk())).toList();
        SigningKey signing = ring.signingKey(now).orElse(null);
        KeySnapshot loaded = new KeySnapshot(now, new JWKSet(published),
                signing == null ? null : rotation.privateKey(signing),
                signing == null ? null : signing.retiredAtOrNull());
        snapshot = loaded;
        return loaded;
    }
}
