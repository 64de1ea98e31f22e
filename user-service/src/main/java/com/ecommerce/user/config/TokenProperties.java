package com.ecommerce.user.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the platform's tokens look like ({@code ecommerce.user.tokens.*}).
 *
 * @param issuer               the {@code iss} claim; every verifier is configured with the same value
 * @param audience             the {@code aud} claim
 * @param accessTokenLifetime  how long an access token is accepted
 * @param refreshTokenLifetime how long an unused refresh token can be exchanged
 * @param loginCodeLifetime    how long the one-time code ending a Google login is valid
 */
@ConfigurationProperties("ecommerce.user.tokens")
public record TokenProperties(
        @DefaultValue("http://127.0.0.1:8087") String issuer,
        @DefaultValue("ecommerce-api") String audience,
        @DefaultValue("15m") Duration accessTokenLifetime,
        @DefaultValue("7d") Duration refreshTokenLifetime,
        @DefaultValue("60s") Duration loginCodeLifetime) {
}
