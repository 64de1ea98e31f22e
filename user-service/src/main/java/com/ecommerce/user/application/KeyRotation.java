package com.ecommerce.user.application;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.ecommerce.user.config.KeyProperties;
import com.ecommerce.user.domain.KeyRing;
import com.ecommerce.user.domain.SigningKey;
import com.ecommerce.user.domain.SigningKeyRepository;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates signing keys and hands signing over to them. Every instance may call this at the same
 * time: a PostgreSQL advisory lock lets one rotate and the others then see a pending key.
 */
@Component
public class KeyRotation {

    /** Arbitrary but fixed advisory-lock id ("SIGNKEYS"). */
    private static final long ROTATION_LOCK = 0x5349474e4b455953L;

    private final SigningKeyRepository repository;
    private final JdbcClient jdbc;
    private final BytesEncryptor encryptor;
    private final KeyProperties properties;
    private final Clock clock;

    KeyRotation(SigningKeyRepository repository, JdbcClient jdbc, BytesEncryptor encryptor,
            KeyProperties properties, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates a successor key; it signs after the publish lead (at once if no key signs). Returns its kid. */
    @Transactional
    public String rotate() {
        lock();
        return rotate(new KeyRing(repository.findAll()), clock.instant());
    }

    /** Rotates if nothing signs or the signing key reached its maximum age. */
    @Transactional
    public void rotateIfDue() {
        lock();
        KeyRing ring = new KeyRing(repository.findAll());
        if (ring.rotationDue(clock.instant(), properties.maxAge())) {
            rotate(ring, clock.instant());
        }
    }

    RSAKey privateKey(SigningKey key) {
        String json = new String(encryptor.decrypt(key.encryptedPrivateJwk()), StandardCharsets.UTF_8);
        return parse(json).toRSAKey();
    }

    static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("stored key is not a JWK", e);
        }
    }

    private String rotate(KeyRing ring, Instant now) {
        RSAKey generated = generate();
        byte[] encrypted = encryptor.encrypt(generated.toJSONString().getBytes(StandardCharsets.UTF_8));
        SigningKey key = new SigningKey(generated.getKeyID(), generated.toPublicJWK().toJSONString(), encrypted,
                now, ring.activationForNewKey(now, properties.publishLead()));
        ring.handOverTo(key, now);
        repository.saveAll(ring.keys());
        repository.save(key);
        return key.kid();
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ROTATION_LOCK).query().listOfRows();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }
}
