package com.ecommerce.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The acceptance flow of issue 3 against real PostgreSQL, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
class AuthFlowIT {

    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void signUpLoginRefreshReuseRevokesFamilyAndLogout() {
        String email = Api.uniqueEmail("Flow");
        ResponseEntity<JsonNode> signUp = api.post("/api/v1/auth/signup",
                Map.of("email", "  " + email + " ", "password", PASSWORD, "name", "Flow Tester"));
        assertThat(signUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(signUp.getBody().at("/user/email").asString()).isEqualTo(email.toLowerCase());

        JsonNode login = api.post("/api/v1/auth/login", Map.of("email", email.toUpperCase(), "password", PASSWORD)).getBody();
        assertThat(login.at("/tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.at("/expiresIn").asLong()).isEqualTo(900);

        ResponseEntity<JsonNode> me = api.get("/api/v1/users/me", login.at("/accessToken").asString());
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody().at("/id").asString()).isEqualTo(signUp.getBody().at("/user/id").asString());
        assertThat(me.getBody().at("/roles/0").asString()).isEqualTo("CUSTOMER");

        String first = login.at("/refreshToken").asString();
        ResponseEntity<JsonNode> refreshed = refresh(first);
        assertThat(refreshed.getStatusCode()).isEqualTo(HttpStatus.OK);
        String second = refreshed.getBody().at("/refreshToken").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("/api/v1/users/me", refreshed.getBody().at("/accessToken").asString()).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> reuse = refresh(first);
        assertThat(reuse.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(reuse.getBody().at("/type").asString()).isEqualTo("urn:ecommerce:problem:invalid-refresh-token");

        // The revocation was committed although the re-use request failed.
        assertThat(refresh(second).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        String other = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .getBody().at("/refreshToken").asString();
        assertThat(api.post("/api/v1/auth/logout", Map.of("refreshToken", other)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(refresh(other).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void loginFailuresAllLookAlike() {
        String email = Api.uniqueEmail("Mallory");
        api.post("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Mallory"));

        ResponseEntity<JsonNode> wrongPassword = api.post("/api/v1/auth/login",
                Map.of("email", email, "password", "not the password"));
        ResponseEntity<JsonNode> unknownEmail = api.post("/api/v1/auth/login",
                Map.of("email", Api.uniqueEmail("nobody"), "password", PASSWORD));
        ResponseEntity<JsonNode> tooLong = api.post("/api/v1/auth/login",
                Map.of("email", email, "password", "x".repeat(100)));

        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownEmail.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknownEmail.getBody().at("/detail")).isEqualTo(wrongPassword.getBody().at("/detail"));
    }

    @Test
    void secondSignUpWithSameEmailAnswers409() {
        String email = Api.uniqueEmail("Twice");
        api.post("/api/v1/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Once"));

        ResponseEntity<JsonNode> again = api.post("/api/v1/auth/signup",
                Map.of("email", email.toUpperCase(), "password", PASSWORD, "name", "Twice"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void bootstrappedAdminManagesRolesAndCustomerIsRefused() {
        String admin = api.post("/api/v1/auth/login",
                Map.of("email", "admin@it.local", "password", "it-only-bootstrap-secret"))
                .getBody().at("/accessToken").asString();
        JsonNode customer = api.post("/api/v1/auth/signup",
                Map.of("email", Api.uniqueEmail("Promoted"), "password", PASSWORD, "name", "Promoted")).getBody();
        String customerToken = customer.at("/accessToken").asString();
        String customerId = customer.at("/user/id").asString();

        assertThat(api.get("/api/v1/users", customerToken).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("/api/v1/users?size=5", admin).getBody().at("/items").size()).isPositive();

        ResponseEntity<JsonNode> promoted = api.send("PUT", "/api/v1/users/" + customerId + "/roles", admin,
                Map.of("roles", new String[] {"ADMIN"}));
        assertThat(promoted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(promoted.getBody().at("/roles").toString()).isEqualTo("[\"CUSTOMER\",\"ADMIN\"]");
        assertThat(api.send("PUT", "/api/v1/users/NOT-AN-ID/roles", admin, Map.of("roles", new String[] {"ADMIN"}))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void requestWithoutTokenAnswers401() {
        ResponseEntity<JsonNode> answer = api.get("/api/v1/users/me", null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getBody().at("/type").asString()).isEqualTo("urn:ecommerce:problem:unauthorized");
    }

    private ResponseEntity<JsonNode> refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }
}
