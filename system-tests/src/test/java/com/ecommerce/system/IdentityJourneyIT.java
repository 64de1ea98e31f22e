package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Accounts and tokens end to end, through the running gateway and user-service. */
class IdentityJourneyIT {

    @Test
    void signUpLogInUseRefreshDetectReuseAndLogOut() {
        Accounts.Session signedUp = Accounts.signUp();
        Accounts.Session session = Accounts.logIn(signedUp.email(), Accounts.PASSWORD);

        HttpResponse<String> me = Platform.get(Platform.GATEWAY + "/api/v1/users/me",
                "Authorization", Platform.bearer(session.accessToken()));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Platform.json(me).get("email").asString()).isEqualTo(signedUp.email());

        HttpResponse<String> rotated = Accounts.refresh(session.refreshToken());
        assertThat(rotated.statusCode()).isEqualTo(200);
        String next = Platform.json(rotated).get("refreshToken").asString();

        assertThat(Accounts.refresh(session.refreshToken()).statusCode()).as("re-used token").isEqualTo(401);
        assertThat(Accounts.refresh(next).statusCode()).as("family revoked by the re-use").isEqualTo(401);

        Accounts.Session again = Accounts.logIn(signedUp.email(), Accounts.PASSWORD);
        HttpResponse<String> logout = Platform.post(Platform.GATEWAY + "/api/v1/auth/logout",
                "{\"refreshToken\":\"" + again.refreshToken() + "\"}", "Authorization", Platform.bearer(again.accessToken()));
        assertThat(logout.statusCode()).isBetween(200, 204);
        assertThat(Accounts.refresh(again.refreshToken()).statusCode()).as("after logout").isEqualTo(401);
    }

    @Test
    void customerCallingAnAdminRouteIsForbidden() {
        Accounts.Session customer = Accounts.signUp();

        HttpResponse<String> users = Platform.get(Platform.GATEWAY + "/api/v1/users",
                "Authorization", Platform.bearer(customer.accessToken()));

        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(Platform.json(users).get("type").asString()).isEqualTo("urn:ecommerce:problem:forbidden");
    }

    @Test
    void requestSentStraightToAServiceWithoutATokenIsUnauthorized() {
        HttpResponse<String> response = Platform.get(Registry.baseUrl("order-service") + "/api/v1/orders/my", "X-User-Id", "1");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Platform.json(response).get("type").asString()).isEqualTo("urn:ecommerce:problem:unauthorized");
    }

    @Test
    void wrongPasswordsBeyondTheBurstAreRateLimitedWithRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 12 && limited == null; i++) {
            HttpResponse<String> response = Platform.post(Platform.GATEWAY + "/api/v1/auth/login",
                    "{\"email\":\"nobody@example.com\",\"password\":\"wrong password " + i + "\"}");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }

        assertThat(limited).as("statuses " + statuses).isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(Platform.json(limited).get("type").asString()).isEqualTo("urn:ecommerce:problem:too-many-requests");
        assertThat(statuses.subList(0, statuses.size() - 1)).allMatch(status -> status == 401);
    }
}
