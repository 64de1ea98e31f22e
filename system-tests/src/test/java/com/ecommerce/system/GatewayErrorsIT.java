package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Errors at the edge and behind it reach the client as problem+json, with a request id. */
class GatewayErrorsIT {

    @Test
    void unknownRouteAnswersProblemNotFound() {
        HttpResponse<String> response = Platform.get(Platform.GATEWAY + "/no/such/route");

        assertProblem(response, 404, "urn:ecommerce:problem:not-found");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void routedRequestWithoutATokenIsUnauthorizedProblem() {
        // Waits for the gateway to see the service's instance; the service (or the gateway in
        // front of it) refuses the anonymous request.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertProblem(
                Platform.get(Platform.GATEWAY + "/api/v1/inventory/no-such-endpoint/at-all"),
                401, "urn:ecommerce:problem:unauthorized"));
    }

    @Test
    void wellFormedClientRequestIdIsKeptAndEchoed() {
        HttpResponse<String> response = Platform.get(Platform.GATEWAY + "/no/such/route",
                "X-Request-Id", "client-request-0001");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-request-0001");
        assertThat(Platform.json(response).get("requestId").asString()).isEqualTo("client-request-0001");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = Platform.json(response);
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }
}
