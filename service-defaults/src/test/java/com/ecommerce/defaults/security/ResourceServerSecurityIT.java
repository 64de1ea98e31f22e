package com.ecommerce.defaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.ecommerce.defaults.testapp.TestApplication;
import com.ecommerce.testsupport.TestIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service checks every token itself, against the issuer's JWKS over real HTTP: only correctly
 * signed RS256 tokens of the right issuer and audience, not expired, get in; roles gate admin
 * operations; failures answer problem+json.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ResourceServerSecurityIT {

    private static final TestIssuer ISSUER = new TestIssuer();
    private static final TestIssuer IMPOSTOR = new TestIssuer();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwksUri);
    }

    @AfterAll
    static void stopIssuers() {
        ISSUER.stop();
        IMPOSTOR.stop();
    }

    @Test
    void validTokenReachesTheEndpointAsATypedCaller() throws Exception {
        HttpResponse<String> response = get("/probe/me", ISSUER.token("0C6JNH3N3B8G0", "CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode caller = json.readTree(response.body());
        assertThat(caller.get("id").asString()).isEqualTo("0C6JNH3N3B8G0");
        assertThat(caller.get("roles").get(0).asString()).isEqualTo("CUSTOMER");
    }

    @Test
    void requestWithoutTokenIsUnauthorizedProblem() throws Exception {
        assertProblem(get("/probe/me", null), 401, "urn:ecommerce:problem:unauthorized");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokenIsUnauthorizedProblem(String description, String token) throws Exception {
        HttpResponse<String> response = get("/probe/me", token);

        assertProblem(response, 401, "urn:ecommerce:problem:unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    static List<Object[]> badTokens() {
        return List.of(
                new Object[] {"expired", ISSUER.token("u1", List.of("CUSTOMER"),
                        c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600))))},
                new Object[] {"signed by another key", IMPOSTOR.token("u1", "CUSTOMER")},
                new Object[] {"wrong issuer", ISSUER.token("u1", List.of("CUSTOMER"), c -> c.issuer("http://evil.example"))},
                new Object[] {"wrong audience", ISSUER.token("u1", List.of("CUSTOMER"), c -> c.audience("another-api"))},
                new Object[] {"alg none", ISSUER.unsignedAdminToken()},
                new Object[] {"HS256 keyed with the public key", ISSUER.hmacAdminTokenKeyedWithPublicKey()},
                new Object[] {"garbage", "not.a.token"});
    }

    @Test
    void customerCallingAnAdminOperationIsForbiddenProblem() throws Exception {
        assertProblem(get("/probe/admin", ISSUER.token("u2", "CUSTOMER")), 403, "urn:ecommerce:problem:forbidden");
    }

    @Test
    void adminMayCallAnAdminOperation() throws Exception {
        HttpResponse<String> response = get("/probe/admin", ISSUER.token("u3", "CUSTOMER", "ADMIN"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("admin area");
    }

    @Test
    void publicEndpointSeesAnOptionalCaller() throws Exception {
        assertThat(get("/probe/who", null).body()).isEqualTo("anonymous");
        assertThat(get("/probe/who", ISSUER.token("u4", "CUSTOMER")).body()).isEqualTo("u4");
    }

    @Test
    void badTokenOnAPublicEndpointIsStillRefused() throws Exception {
        assertProblem(get("/probe/who", IMPOSTOR.token("u5", "ADMIN")), 401, "urn:ecommerce:problem:unauthorized");
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo(type);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
