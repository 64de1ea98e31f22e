package com.ecommerce.system.checkout;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.ecommerce.system.Accounts;
import com.ecommerce.system.Platform;
import tools.jackson.databind.JsonNode;

/**
 * The shop as the checkout tests use it: gateway-relative paths, and every call waits out the
 * gateway's 429s (the limit working is not a failure of the flow under test).
 */
public final class Shop {

    private Shop() {
    }

    public record Session(String userId, String accessToken) {

        public String[] auth() {
            return new String[] {"Authorization", Platform.bearer(accessToken)};
        }
    }

    public static Session signUp() {
        return session(Accounts.signUp());
    }

    public static Session admin() {
        return session(Accounts.admin());
    }

    public static HttpResponse<String> get(String path, String... headers) {
        return Accounts.withinRateLimit(() -> Platform.get(Platform.GATEWAY + path, headers));
    }

    public static HttpResponse<String> post(String path, String body, String... headers) {
        return Accounts.withinRateLimit(() -> Platform.post(Platform.GATEWAY + path, body, headers));
    }

    public static HttpResponse<String> send(String method, String path, String body, String... headers) {
        return Platform.send(method, Platform.GATEWAY + path, body, headers);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return Platform.json(response);
    }

    public static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Session session(Accounts.Session session) {
        return new Session(session.userId(), session.accessToken());
    }
}
