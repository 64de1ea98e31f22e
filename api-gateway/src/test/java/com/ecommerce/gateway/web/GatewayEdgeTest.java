package com.ecommerce.gateway.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's own answers, with no service registered: problem+json for unknown routes and
 * unavailable services, request ids, CORS for the configured front-end origin.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "logging.structured.format.console="})
class GatewayEdgeTest {

    @LocalServerPort
    int port;

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void unknownRouteIsProblemNotFoundWithRequestId() {
        client().get().uri("/no/such/route").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(RequestIdFilter.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:ecommerce:problem:not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/no/such/route");
    }

    @Test
    void routeWithoutARunningServiceIsProblemServiceUnavailable() {
        client().get().uri("/api/v1/products").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:ecommerce:problem:service-unavailable");
    }

    @Test
    void malformedClientRequestIdIsReplaced() {
        client().get().uri("/no/such/route").header(RequestIdFilter.HEADER, "bad id with spaces").exchange()
                .expectHeader().value(RequestIdFilter.HEADER, id -> org.assertj.core.api.Assertions.assertThat(id)
                        .matches("[0-9a-f-]{36}"));
    }

    @Test
    void pathTheFirewallRefusesIsProblemBadRequest() {
        client().get().uri(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/products/a%00b")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400).jsonPath("$.type").isEqualTo("urn:ecommerce:problem:bad-request");
    }

    @Test
    void requestLineTooLongIsProblemUriTooLong() {
        client().get().uri("/api/v1/products?q=" + "x".repeat(5_000)).exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(414).jsonPath("$.type").isEqualTo("urn:ecommerce:problem:uri-too-long");
    }

    @Test
    void headersTooLargeAreProblemHeaderFieldsTooLarge() {
        client().get().uri("/api/v1/products").header("X-Padding", "x".repeat(10_000)).exchange()
                .expectStatus().isEqualTo(431)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(431);
    }

    @Test
    void corsPreflightFromTheFrontEndOriginIsAllowed() {
        client().options().uri("/api/v1/products")
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void corsPreflightFromAnUnknownOriginIsRefused() {
        client().options().uri("/api/v1/products")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden();
    }
}
