package com.ecommerce.user.config;

import java.time.Clock;
import java.util.List;

import com.ecommerce.user.application.SigningKeys;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Passwords, key encryption, and verification of the service's own access tokens. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TokenProperties.class, KeyProperties.class, AdminProperties.class,
        GoogleLoginProperties.class})
class TokenConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** BCrypt by default, with the {id} prefix so hashes can migrate to a stronger encoder later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** AES-256-GCM with a PBKDF2-derived key, for private signing keys at rest. */
    @Bean
    BytesEncryptor keyEncryptor(KeyProperties keys) {
        return Encryptors.stronger(keys.encryptionPassword(), keys.encryptionSalt());
    }

    /**
     * Verifies tokens against the key store directly (no HTTP call to its own JWKS), with the
     * same rules as every other service: RS256 only, issuer, audience, expiry.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, TokenProperties tokens) {
        JWKSource<SecurityContext> source = (selector, context) -> {
            List<JWK> found = selector.select(keys.publicKeys());
            return found.isEmpty() ? selector.select(keys.reloadPublicKeys()) : found;
        };
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(source)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(tokens.audience()));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(tokens.issuer()), audience));
        return decoder;
    }
}
