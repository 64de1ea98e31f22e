package com.ecommerce.user.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.config.TokenProperties;
import com.ecommerce.user.domain.Role;
import com.ecommerce.user.domain.User;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/** Signs access tokens with the platform's claims using the current signing key. */
@Component
public class AccessTokens {

    private final SigningKeys keys;
    private final TokenProperties properties;
    private final Clock clock;

    AccessTokens(SigningKeys keys, TokenProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    public String issue(User user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(IdGenerator.encode(user.id()))
                .claim("roles", user.roles().stream().sorted().map(Role::name).toList())
                .issuer(properties.issuer())
                .audience(List.of(properties.audience()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenLifetime())))
                .jwtID(UUID.randomUUID().toString())
                .build();
        RSAKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key unusable: " + key.getKeyID(), e);
        }
        return jwt.serialize();
    }
}
