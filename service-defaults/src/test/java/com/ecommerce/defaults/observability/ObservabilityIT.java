package com.ecommerce.defaults.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.ecommerce.defaults.testapp.TestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service gets for operations: requests handled on virtual threads, one JSON (ECS)
 * log line per event carrying the request's trace id, and Prometheus metrics.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs", "ecommerce.security.public-paths=/probe/handling"})
class ObservabilityIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void requestsRunOnVirtualThreadsAndLogJsonWithTheirTraceId(CapturedOutput output) throws Exception {
        JsonNode handling = json.readTree(get("/probe/handling").body());

        assertThat(handling.get("virtualThread").asBoolean()).isTrue();
        String traceId = handling.get("traceId").asString();
        assertThat(traceId).matches("[0-9a-f]{32}");
        String line = output.getOut().lines().filter(l -> l.contains("probe handling request")).findFirst().orElseThrow();
        JsonNode logged = json.readTree(line);
        assertThat(logged.get("message").asString()).isEqualTo("probe handling request");
        assertThat(line).as("the log line carries the request's trace id").contains(traceId);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_threads_live_threads", "application=\"defaults-it\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
