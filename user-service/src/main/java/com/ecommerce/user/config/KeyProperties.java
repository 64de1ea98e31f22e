package com.ecommerce.user.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing-key rotation and storage ({@code ecommerce.user.keys.*}).
 *
 * @param maxAge             a signing key older than this is rotated automatically
 * @param publishLead        how long a new key is published before it signs; longer than any
 *                           verifier's JWKS cache (the JWKS answer says max-age 5 minutes)
 * @param checkInterval      how often instances check whether a rotation is due
 * @param cacheTtl           how long an instance trusts its in-memory copy of the key table
 * @param encryptionPassword encrypts private keys at rest (AES-GCM); set from the environment
 * @param encryptionSalt     hex-encoded salt for deriving the encryption key
 */
@ConfigurationProperties("ecommerce.user.keys")
public record KeyProperties(
        @DefaultValue("30d") Duration maxAge,
        @DefaultValue("10m") Duration publishLead,
        @DefaultValue("1h") Duration checkInterval,
        @DefaultValue("30s") Duration cacheTtl,
        String encryptionPassword,
        String encryptionSalt) {

    public KeyProperties {
        if (encryptionPassword == null || encryptionPassword.isBlank() || encryptionSalt == null) {
            throw new IllegalArgumentException("ecommerce.user.keys.encryption-password and -salt must be set");
        }
    }
}
