package com.ecommerce.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A token issuer for tests: an RSA key, a JWKS served over real HTTP on a free port, and signed
 * tokens with the platform's claims. Anything can be altered to build the bad tokens a resource
 * server must refuse.
 */
public final class TestIssuer {

    public static final String ISSUER = "http://127.0.0.1:8087";
    public static final String AUDIENCE = "ecommerce-api";

    private final KeyPair keys;
    private final String keyId = "test-" + UUID.randomUUID();
    private final HttpServer server;

    public TestIssuer() {
        keys = rsaKeyPair();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(keyId).build())
                .toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid access token for the user with the given roles. */
    public String token(String subject, String... roles) {
        return token(subject, List.of(roles), claims -> { });
    }

    public String token(String subject, List<String> roles, Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(900)))
                .jwtID(UUID.randomUUID().toString()).claim("roles", roles);
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** An unsigned token ({@code alg: none}) claiming the ADMIN role: must be refused. */
    public String unsignedAdminToken() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(adminClaims().toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /**
     * An HS256 token whose HMAC key is this issuer's public key: the classic algorithm-confusion
     * attack on verifiers that let the token choose the algorithm. Must be refused.
     */
    public String hmacAdminTokenKeyedWithPublicKey() {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), adminClaims());
        try {
            jwt.sign(new MACSigner(keys.getPublic().getEncoded()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWTClaimsSet adminClaims() {
        return new JWTClaimsSet.Builder().subject("attacker").issuer(ISSUER).audience(AUDIENCE)
                .claim("roles", List.of("CUSTOMER", "ADMIN"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
    }

    public void stop() {
        server.stop(0);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
