package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.ecommerce.testsupport.TestIssuer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens an attacker can make without user-service's private key, sent to the running gateway:
 * every one answers 401 problem+json. (Expired, wrong-issuer and wrong-audience tokens need the
 * real key to be signed; the gateway's own integration test covers them with a test issuer.)
 */
class ForgedTokensIT {

    private static final TestIssuer IMPOSTOR = new TestIssuer();

    @AfterAll
    static void stop() {
        IMPOSTOR.stop();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void forgedTokenIsUnauthorized(String description, String token) {
        HttpResponse<String> response = Platform.get(Platform.GATEWAY + "/api/v1/users/me",
                "Authorization", Platform.bearer(token));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Platform.json(response).get("type").asString()).isEqualTo("urn:ecommerce:problem:unauthorized");
    }

    static List<Object[]> forgeries() {
        return List.of(
                new Object[] {"signed by another key", IMPOSTOR.token("attacker", "CUSTOMER", "ADMIN")},
                new Object[] {"alg none", IMPOSTOR.unsignedAdminToken()},
                new Object[] {"HS256 keyed with the platform's real public key", hmacWithThePlatformsPublicKey()},
                new Object[] {"not a JWT", "definitely-not-a-token"});
    }

    private static String hmacWithThePlatformsPublicKey() {
        try {
            String jwks = Platform.get(Platform.GATEWAY + "/.well-known/jwks.json").body();
            RSAKey published = (RSAKey) JWKSet.parse(jwks).getKeys().getFirst();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("attacker").issuer(TestIssuer.ISSUER)
                    .audience(TestIssuer.AUDIENCE).claim("roles", List.of("CUSTOMER", "ADMIN"))
                    .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(published.getKeyID()).build(),
                    claims);
            jwt.sign(new MACSigner(published.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException("could not forge the token", e);
        }
    }
}
