package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

/**
 * Customer accounts for system tests, created through the gateway like a client would. Sign-in
 * endpoints are rate limited per client address and every test runs from 127.0.0.1, so a 429 is
 * waited out (it is the limit working, not a failure of the flow under test).
 */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ADMIN_EMAIL = "admin@shop.local";
    /** The local-only default of user-service's bootstrapped admin. */
    public static final String ADMIN_PASSWORD = "local-only-change-me-2026";

    private Accounts() {
    }

    public record Session(String userId, String email, String accessToken, String refreshToken) {
    }

    public static Session signUp() {
        String email = "customer-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = withinRateLimit(() -> Platform.post(Platform.GATEWAY + "/api/v1/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Test Customer\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return session(Platform.json(response));
    }

    public static Session admin() {
        return logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static Session logIn(String email, String password) {
        HttpResponse<String> response = withinRateLimit(() -> Platform.post(Platform.GATEWAY + "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return session(Platform.json(response));
    }

    public static HttpResponse<String> refresh(String refreshToken) {
        return withinRateLimit(() -> Platform.post(Platform.GATEWAY + "/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + refreshToken + "\"}"));
    }

    /**
     * Repeats the call while the gateway answers 429, for at most two minutes. The first attempt goes
     * out at once: without a zero poll delay Awaitility waits one poll interval before it, half a
     * second on every request of the system tests.
     */
    public static HttpResponse<String> withinRateLimit(java.util.function.Supplier<HttpResponse<String>> call) {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.set(call.get());
            return last.get().statusCode() != 429;
        });
        return last.get();
    }

    private static Session session(JsonNode body) {
        JsonNode user = body.get("user");
        return new Session(user.get("id").asString(), user.get("email").asString(),
                body.get("accessToken").asString(), body.get("refreshToken").asString());
    }
}
