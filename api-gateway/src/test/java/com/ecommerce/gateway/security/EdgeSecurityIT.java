package com.ecommerce.gateway.security;

import static com.ecommerce.gateway.security.EdgeRequests.chunks;
import static com.ecommerce.gateway.security.EdgeRequests.clientFrom;
import static com.ecommerce.gateway.security.EdgeRequests.expiredToken;
import static com.ecommerce.gateway.security.EdgeRequests.withTamperedSignature;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.ecommerce.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The edge against a real JWKS endpoint and real Redis, with every route pointing at a stub
 * service that records what reached it: bad tokens never pass, identity headers come only from
 * the token, roles gate catalog writes, and limits answer 429 before a service is bothered.
 * A test that spends a per-address bucket calls from its own loopback address
 * ({@link EdgeRequests#clientFrom}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "logging.structured.format.console="})
class EdgeSecurityIT {

    private static final TestIssuer ISSUER = new TestIssuer();
    private static final TestIssuer IMPOSTOR = new TestIssuer();
    private static final StubService SERVICE = new StubService();
    private static final CountingJwks JWKS = new CountingJwks(ISSUER.jwksUri());

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", JWKS::uri);
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
        JWKS.stop();
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
                new Object[] {"expired", expiredToken(ISSUER)},
                new Object[] {"wrong signature", IMPOSTOR.token("u1", "CUSTOMER")},
                new Object[] {"tampered signature, known key id", withTamperedSignature(ISSUER.token("u1", "CUSTOMER"))},
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
    void requestsAreTimedButSecurityFiltersAreNot() {
        client().get().uri("/api/v1/products?page=1").exchange().expectStatus().isOk();

        assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
        assertThat(meters.getMeters()).noneMatch(meter -> meter.getId().getName().startsWith("spring.security."));
    }

    @Test
    void anonymousCatalogReadIsPublicAndCarriesNoIdentity() {
        client().get().uri("/api/v1/products?page=0").header("X-User-Id", "1").exchange().expectStatus().isOk();

        assertThat(SERVICE.lastHeader("X-User-Id")).isNull();
        assertThat(SERVICE.lastHeader("X-User-Roles")).isNull();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/v1/auth/refresh", "POST, /api/v1/auth/logout", "GET, /.well-known/jwks.json",
            "GET, /oauth2/authorization/google", "GET, /login/oauth2/code/google?code=c&state=s"})
    void staleTokenOnASignInPathIsIgnoredAndNotForwarded(HttpMethod method, String path) {
        int before = SERVICE.requests();
        WebTestClient.RequestBodySpec request = clientFrom("127.0.0.3", port).method(method).uri(path)
                .header("Authorization", "Bearer " + expiredToken(ISSUER));
        WebTestClient.RequestHeadersSpec<?> sent = method == HttpMethod.POST
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{\"refreshToken\":\"r\"}") : request;
        sent.exchange().expectStatus().isOk();

        assertThat(SERVICE.requests()).isEqualTo(before + 1);
        assertThat(SERVICE.lastHeader("Authorization")).isNull();
        assertThat(SERVICE.lastHeader("X-User-Id")).isNull();
    }

    @Test
    void staleTokenOnACatalogReadIsAnsweredAsAnonymous() {
        clientFrom("127.0.0.4", port).get().uri("/api/v1/products?page=0")
                .header("Authorization", "Bearer " + expiredToken(ISSUER))
                .exchange().expectStatus().isOk();

        assertThat(SERVICE.lastHeader("Authorization")).isNull();
        assertThat(SERVICE.lastHeader("X-User-Id")).isNull();
        assertThat(SERVICE.lastHeader("X-User-Roles")).isNull();
    }

    @Test
    void verifiedCallerOfACatalogReadIsForwarded() {
        client().get().uri("/api/v1/products?status=DRAFT")
                .header("Authorization", "Bearer " + ISSUER.token("u6", "CUSTOMER", "ADMIN"))
                .exchange().expectStatus().isOk();

        assertThat(SERVICE.lastHeader("X-User-Id")).isEqualTo("u6");
        assertThat(SERVICE.lastHeader("X-User-Roles")).isEqualTo("CUSTOMER,ADMIN");
        assertThat(SERVICE.lastHeader("Authorization")).startsWith("Bearer ");
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
        int before = SERVICE.requests();
        for (int i = 0; i < 12; i++) {
            var result = client().post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"email\":\"a@b.c\",\"password\":\"x\"}").exchange().returnResult(String.class);
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429) {
                assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
        }

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

    @Test
    void chunkedBodyAboveTheLimitIsRefusedWithPayloadTooLarge() {
        client().post().uri("/api/v1/orders").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + ISSUER.token("u4", "CUSTOMER"))
                .body(BodyInserters.fromDataBuffers(chunks(20)))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:ecommerce:problem:payload-too-large");
    }

    @Test
    void chunkedBodyWithinTheLimitIsForwarded() {
        client().post().uri("/api/v1/orders").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + ISSUER.token("u5", "CUSTOMER"))
                .body(BodyInserters.fromDataBuffers(chunks(4)))
                .exchange().expectStatus().isOk();

        // The gateway forwards a body the way it came: this proves the test bodies declare no length.
        assertThat(SERVICE.lastHeader("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(SERVICE.lastHeader("Content-Length")).isNull();
    }

    @Test
    void addressSendingForgedTokensIsRefusedBeforeItsTokensAreChecked() {
        WebTestClient attacker = clientFrom("127.0.0.5", port);
        // An unknown key id: each check of this token fetches the JWKS again.
        String forged = IMPOSTOR.token("u1", "CUSTOMER", "ADMIN");
        int requestsBefore = SERVICE.requests();
        int fetchesBefore = JWKS.fetches();
        List<Integer> statuses = new ArrayList<>();
        EntityExchangeResult<byte[]> last = null;
        // Bounded: the bucket holds 20 and refills 1/s, so 429 comes long before 100 attempts.
        while (statuses.size() < 100 && !statuses.contains(429)) {
            last = forgedRequest(attacker, forged);
            statuses.add(last.getStatus().value());
        }

        assertThat(statuses).startsWith(401).endsWith(429).hasSizeGreaterThan(20);
        assertThat(last.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(last.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JWKS.fetches() - fetchesBefore).isGreaterThanOrEqualTo(20);

        int fetchesWhileBlocked = JWKS.fetches();
        List<Integer> blocked = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocked.add(forgedRequest(attacker, forged).getStatus().value());
        }
        // Once refused, the address's tokens are not checked; a refill second may let one through.
        assertThat(JWKS.fetches() - fetchesWhileBlocked).isLessThanOrEqualTo(2);
        assertThat(blocked).filteredOn(status -> status == 429).hasSizeGreaterThanOrEqualTo(8);
        assertThat(SERVICE.requests()).isEqualTo(requestsBefore);
    }

    private static EntityExchangeResult<byte[]> forgedRequest(WebTestClient client, String token) {
        return client.get().uri("/api/v1/orders/my").header("Authorization", "Bearer " + token)
                .exchange().expectBody().returnResult();
    }
}
