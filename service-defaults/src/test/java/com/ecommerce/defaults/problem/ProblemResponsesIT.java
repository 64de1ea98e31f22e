package com.ecommerce.defaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.ecommerce.defaults.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every way a request can fail answers problem+json with a stable type, through a real server
 * (so the container's error dispatch is exercised, which a mock request would skip).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ProblemResponsesIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void unknownPathIsNotFound() throws Exception {
        assertProblem(get("/no/such/path"), 404, "urn:ecommerce:problem:not-found");
    }

    @Test
    void wrongMethodIsMethodNotAllowed() throws Exception {
        assertProblem(send("DELETE", "/probe/greetings", null), 405, "urn:ecommerce:problem:method-not-allowed");
    }

    @Test
    void malformedBodyIsBadRequest() throws Exception {
        assertProblem(send("POST", "/probe/greetings", "{\"name\": "), 400, "urn:ecommerce:problem:bad-request");
    }

    @Test
    void invalidFieldsAreListed() throws Exception {
        HttpResponse<String> response = send("POST", "/probe/greetings", "{\"name\": \"\", \"times\": 0}");

        JsonNode problem = assertProblem(response, 400, "urn:ecommerce:problem:validation-failed");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "times");
    }

    @Test
    void unparsablePathVariableIsBadRequest() throws Exception {
        assertProblem(get("/probe/numbers/not-a-number"), 400, "urn:ecommerce:problem:bad-request");
    }

    @Test
    void textTheDatabaseCannotStoreIsBadRequest() throws Exception {
        assertProblem(send("POST", "/probe/stored", "{\"name\": \"a\\u0000b\", \"times\": 1}"), 400,
                "urn:ecommerce:problem:unstorable-value");
    }

    @Test
    void aFailingQueryOfOurOwnStaysAServerError() throws Exception {
        assertProblem(get("/probe/broken-query"), 500, "urn:ecommerce:problem:internal-error");
    }

    @Test
    void aDatabaseSessionEndedByAShutdownIsServiceUnavailable() throws Exception {
        HttpResponse<String> response = send("POST", "/probe/terminated", null);

        assertProblem(response, 503, "urn:ecommerce:problem:database-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("2");
        // The pool replaces the dead connection: the next request is served normally.
        assertThat(send("POST", "/probe/stored", "{\"name\": \"after\", \"times\": 1}").statusCode()).isEqualTo(200);
    }

    @Test
    void aDatabaseSessionEndedInAJdbcTransactionIsServiceUnavailable() throws Exception {
        HttpResponse<String> response = send("POST", "/probe/terminated-jdbc", null);

        assertProblem(response, 503, "urn:ecommerce:problem:database-unavailable");
        assertThat(send("POST", "/probe/stored", "{\"name\": \"after\", \"times\": 1}").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailable() throws Exception {
        assertProblem(get("/probe/unreachable"), 503, "urn:ecommerce:problem:database-unavailable");
    }

    @Test
    void aConcurrentChangeIsConflict() throws Exception {
        assertProblem(send("POST", "/probe/stale", null), 409, "urn:ecommerce:problem:concurrent-modification");
    }

    @Test
    void unexpectedFailureIsInternalErrorWithoutDetails() throws Exception {
        HttpResponse<String> response = get("/probe/failure");

        assertProblem(response, 500, "urn:ecommerce:problem:internal-error");
        assertThat(response.body()).doesNotContain("secret internal detail").doesNotContain("Exception");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
