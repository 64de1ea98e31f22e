package com.ecommerce.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.ecommerce.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The edge against a real JWKS endpoint and real Redis, with every route pointing at a stub
 * service that records what reached it: bad tokens never pass, identity headers come only from
 * the token, roles gate catalog writes, and limits answer 429 before a service is bothered.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "logging.structured.format.console="})
class EdgeSecurityIT {

    private static final TestIssuer ISSUER = new TestIssuer();
    private static final TestIssuer IMPOSTOR = new TestIssuer();
    private static final StubService SERVICE = new StubService();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwksUri);
        for (String service : List.of("product-service", "inventory-service", "cart-service", "order-service",
                "payment-service", "user-service")) {
            registry.add("ecommerce.routes." + service, SERVICE::url);
        }
        // Fresh buckets for every run: the Redis server outlives test runs.
        registry.add("ecommerce.edge.rate-limit-namespace", () -> "it-" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        ISSUER.stop();
        IMPOSTOR.stop();
        SERVICE.stop();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokensAreRefusedWithProblemUnauthorizedAndNeverReachTheService(String description, String token) {
        int before = SERVICE.requests();
        WebTestClient.RequestHeadersSpec<?> request = client().get().uri("/api/v1/orders/my");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        request.exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("WWW-Authenticate", "Bearer.*")
                .expectBody().jsonPath("$.type").isEqualTo("urn:ecommerce:problem:unauthorized");
        assertThat(SERVICE.requests()).isEqualTo(before);
    }

    static List<Object[]> badTokens() {
        return List.of(
                new Object[] {"missing", null},
                new Object[] {"expired", ISSUER.token("u1", List.of("CUSTOMER"),
                        c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600))))},
                new Object[] {"wrong signature", IMPOSTOR.token("u1", "CUSTOMER")},
                new Object[] {"alg none", ISSUER.unsignedAdminToken()},
                new Object[] {"HS256 keyed with the public key", ISSUER.hmacAdminTokenKeyedWithPublicKey()},
                new Object[] {"wrong issuer", ISSUER.token("u1", List.of("CUSTOMER"), c -> c.issuer("http://evil.example"))},
                new Object[] {"wrong audience", ISSUER.token("u1", List.of("CUSTOMER"), c -> c.audience("other-api"))});
    }

    @Test
    void verifiedIdentityIsForwardedAndClientSentIdentityDropped() {
        client().get().uri("/api/v1/orders/my")
                .header("Authorization", "Bearer " + ISSUER.token("0C6JNH3N3B8G0", "CUSTOMER"))
                .header("X-User-Id", "someone-else").header("X-User-Roles", "ADMIN")
                .exchange().expectStatus().isOk();

        assertThat(SERVICE.lastHeader("X-User-Id")).isEqualTo("0C6JNH3N3B8G0");
        assertThat(SERVICE.lastHeader("X-User-Roles")).isEqualTo("CUSTOMER");
        assertThat(SERVICE.lastHeader("Authorization")).startsWith("Bearer ");
    }

    @Test
    void anonymousCatalogReadIsPublicAndCarriesNoIdentity() {
        client().get().uri("/api/v1/products?page=0").header("X-User-Id", "1").exchange().expectStatus().isOk();

        assertThat(SERVICE.lastHeader("X-User-Id")).isNull();
        assertThat(SERVICE.lastHeader("X-User-Roles")).isNull();
    }

    @Test
    void customerChangingTheCatalogIsForbidden() {
        client().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .header("Authorization", "Bearer " + ISSUER.token("u2", "CUSTOMER"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:ecommerce:problem:forbidden");
    }

    @Test
    void adminChangingTheCatalogPasses() {
        client().post().uri("/api/v1/products").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .header("Authorization", "Bearer " + ISSUER.token("u3", "CUSTOMER", "ADMIN"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void loginAttemptsBeyondTheBurstAreRefusedWithRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        long slowest429 = 0;
        int before = SERVICE.requests();
        for (int i = 0; i < 12; i++) {
            long started = System.nanoTime();
            var result = client().post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"email\":\"a@b.c\",\"password\":\"x\"}").exchange().returnResult(String.class);
            long micros = (System.nanoTime() - started) / 1000;
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429) {
                slowest429 = Math.max(slowest429, micros);
                assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }
        System.out.printf("login rate limit: statuses=%s slowest 429=%.1f ms%n", statuses, slowest429 / 1000.0);

        assertThat(statuses).contains(429);
        // The burst is 5; at 1 token/s at most one more may pass while the loop runs.
        assertThat(SERVICE.requests() - before).isBetween(5, 6);
    }

    @Test
    void declaredBodyAboveTheLimitIsRefusedWithPayloadTooLarge() {
        client().post().uri("/api/v1/orders").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + ISSUER.token("u4", "CUSTOMER"))
                .bodyValue("x".repeat(1_100_000))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:ecommerce:problem:payload-too-large");
    }

}
