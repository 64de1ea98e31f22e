package com.ecommerce.defaults.security;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The API document lists what a client sends: not the caller (it comes from the token), not /error. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void listsNoCallerParameterAndNoErrorPath() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).isEqualTo(200);
            JsonNode paths = JsonMapper.builder().build().readTree(docs.body()).get("paths");

            assertThat(paths.has("/probe/me")).as("a probe that takes a CurrentUser is documented").isTrue();
            assertThat(paths.has("/probe/who")).as("a probe that takes an Optional<CurrentUser> is documented").isTrue();
            assertThat(paths.findValues("name")).extracting(JsonNode::asString).doesNotContain("caller");
            assertThat(paths.has("/error")).isFalse();
        }
    }
}
