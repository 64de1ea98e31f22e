package com.ecommerce.user;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A real HTTP client for integration tests; error answers are returned, not thrown. */
public final class Api {

    private final RestClient client;

    public Api(int port) {
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    public ResponseEntity<JsonNode> post(String path, Map<String, ?> body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> get(String path, String accessToken) {
        return client.get().uri(path).headers(h -> {
            if (accessToken != null) {
                h.setBearerAuth(accessToken);
            }
        }).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> send(String method, String path, String accessToken, Object body) {
        return client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .headers(h -> h.setBearerAuth(accessToken)).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(JsonNode.class);
    }

    /** A fresh address per test run: the IT database is not emptied between runs. */
    public static String uniqueEmail(String name) {
        return name + "-" + System.nanoTime() + "@it.example.com";
    }
}
