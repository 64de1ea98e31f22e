package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.ecommerce.testsupport.ShopInvariants;
import tools.jackson.databind.JsonNode;

/**
 * The invariants of ARCHITECTURE §7 over the whole running platform ({@link ShopInvariants}),
 * checked once the shop is quiet. Other tests and the demo share the platform, so the quiet moment
 * is awaited, not assumed.
 */
public final class Invariants {

    /** Longer than any single saga takes; a platform never quiet this long has a stuck saga. */
    public static final Duration QUIET_WITHIN = Duration.ofSeconds(60);

    private Invariants() {
    }

    private record Snapshot(JsonNode stock, JsonNode payments, JsonNode orders) {
    }

    public static void assertHold(Shop.Session admin) {
        AtomicReference<Snapshot> quiet = new AtomicReference<>();
        await("no saga in flight").atMost(QUIET_WITHIN).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode before = check(admin, "/api/v1/orders/invariants");
            JsonNode payments = check(admin, "/api/v1/payments/invariants");
            JsonNode orders = check(admin, "/api/v1/orders/invariants");
            assertThat(ShopInvariants.notQuiet(before, payments, orders)).as("the shop is quiet").isNull();
            quiet.set(new Snapshot(check(admin, "/api/v1/inventory/invariants"), payments, orders));
        });
        Snapshot snapshot = quiet.get();
        assertThat(ShopInvariants.broken(snapshot.stock(), snapshot.payments(), snapshot.orders()))
                .as("broken invariants").isEmpty();
    }

    private static JsonNode check(Shop.Session admin, String path) {
        HttpResponse<String> response = Shop.get(path, admin.auth());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ShopInvariants.JSON.readTree(response.body());
    }
}
