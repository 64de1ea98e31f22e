package com.ecommerce.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole OpenID Connect flow (redirect, authorization code, token, ID token, userinfo) against
 * a real OIDC provider running in-process in place of Google.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
class GoogleLoginIT {

    private static final String CLIENT_ID = "it-google-client";
    private static final MockOAuth2Server GOOGLE = new MockOAuth2Server();

    static {
        GOOGLE.start();
    }

    @LocalServerPort
    int port;
    Api api;
    HttpClient browser;

    @DynamicPropertySource
    static void google(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.google.issuer-uri",
                () -> GOOGLE.issuerUrl("google").toString());
        registry.add("spring.security.oauth2.client.registration.google.client-id", () -> CLIENT_ID);
        registry.add("ecommerce.user.google.frontend-url", () -> "http://frontend.test");
    }

    @AfterAll
    static void stop() {
        GOOGLE.shutdown();
    }

    @BeforeEach
    void clients() {
        api = new Api(port);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void newGoogleUserGetsAnAccountAndPlatformTokens() throws Exception {
        String email = Api.uniqueEmail("google");
        URI landing = logInWithGoogle("google-sub-" + System.nanoTime(), email, true);

        assertThat(landing.toString()).startsWith("http://frontend.test/oauth2/redirect?code=");
        ResponseEntity<JsonNode> tokens = api.post("/api/v1/auth/google/exchange", Map.of("code", codeOf(landing)));
        assertThat(tokens.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tokens.getBody().at("/user/email").asString()).isEqualTo(email.toLowerCase());
        ResponseEntity<JsonNode> me = api.get("/api/v1/users/me", tokens.getBody().at("/accessToken").asString());
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(api.post("/api/v1/auth/google/exchange", Map.of("code", codeOf(landing))).getStatusCode())
                .as("a login code works once").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void verifiedGoogleEmailLinksTheExistingAccount() throws Exception {
        String email = Api.uniqueEmail("linked");
        String id = api.post("/api/v1/auth/signup", Map.of("email", email, "password", "correct horse battery staple",
                "name", "Linked")).getBody().at("/user/id").asString();

        URI landing = logInWithGoogle("google-sub-" + System.nanoTime(), email, true);
        JsonNode tokens = api.post("/api/v1/auth/google/exchange", Map.of("code", codeOf(landing))).getBody();

        assertThat(tokens.at("/user/id").asString()).isEqualTo(id);
    }

    @Test
    void unverifiedGoogleEmailIsRefused() throws Exception {
        String email = Api.uniqueEmail("unverified");
        api.post("/api/v1/auth/signup", Map.of("email", email, "password", "correct horse battery staple",
                "name", "Victim"));

        URI landing = logInWithGoogle("attacker-" + System.nanoTime(), email, false);

        assertThat(landing.toString()).isEqualTo("http://frontend.test/oauth2/redirect?error=unverified_email");
    }

    /** Plays the browser: our redirect, the provider's login, the callback; returns the final redirect. */
    private URI logInWithGoogle(String subject, String email, boolean verified) throws IOException, InterruptedException {
        GOOGLE.enqueueCallback(new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "email_verified", verified, "name", "Google User"), 3600));
        URI toProvider = redirect(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/google"));
        assertThat(toProvider.toString()).startsWith(GOOGLE.issuerUrl("google").toString());
        URI callback = redirect(toProvider);
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/google");
        return redirect(callback);
    }

    private URI redirect(URI from) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(from).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("redirect from %s: %s", from, response.body()).isEqualTo(302);
        return from.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private static String codeOf(URI landing) {
        return UriComponentsBuilder.fromUri(landing).build().getQueryParams().getFirst("code");
    }
}
