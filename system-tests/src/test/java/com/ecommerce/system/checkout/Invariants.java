package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invariants of ARCHITECTURE §7 over the whole running platform, read from the admin checks of
 * inventory, payment and order service: no oversell, stock conserved, every order terminal, at most
 * one capture per order, and money conserved (captured − refunded = confirmed, not refunded totals,
 * per currency). Other tests and the demo share the platform, so money is compared only at a quiet
 * moment: no order pending, no void or refund awaited, no payment in flight, and the orders' side
 * unchanged while the payments were read.
 */
final class Invariants {

    /** Longer than any single saga takes; a platform never quiet this long has a stuck saga. */
    static final Duration QUIET_WITHIN = Duration.ofSeconds(60);
    // Totals must compare exactly, not as doubles.
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private Invariants() {
    }

    private record Snapshot(JsonNode stock, JsonNode payments, JsonNode orders) {
    }

    static void assertHold(Shop.Session admin) {
        AtomicReference<Snapshot> quiet = new AtomicReference<>();
        await("no saga in flight").atMost(QUIET_WITHIN).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode before = check(admin, "/api/v1/orders/invariants");
            JsonNode payments = check(admin, "/api/v1/payments/invariants");
            JsonNode orders = check(admin, "/api/v1/orders/invariants");
            assertThat(orders.get("counts").path("PENDING").asLong()).as("pending orders: %s", orders).isZero();
            assertThat(orders.get("unsettled").asLong()).as("voids/refunds awaited: %s", orders).isZero();
            assertThat(payments.get("inFlight").asLong()).as("payments in flight: %s", payments).isZero();
            assertThat(orders.get("counts")).as("orders changed while payments were read").isEqualTo(before.get("counts"));
            assertThat(orders.get("held")).as("orders changed while payments were read").isEqualTo(before.get("held"));
            quiet.set(new Snapshot(check(admin, "/api/v1/inventory/invariants"), payments, orders));
        });
        Snapshot snapshot = quiet.get();

        assertThat(snapshot.stock().get("violations")).as("stock invariants").isEmpty();
        assertThat(snapshot.payments().get("violations")).as("payment invariants").isEmpty();
        assertThat(snapshot.orders().get("violations")).as("order invariants").isEmpty();
        assertThat(held(snapshot.payments())).as("payments' captured − refunded vs. orders' confirmed totals")
                .isEqualTo(orderTotals(snapshot.orders()));
    }

    private static JsonNode check(Shop.Session admin, String path) {
        HttpResponse<String> response = Shop.get(path, admin.auth());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return EXACT.readTree(response.body());
    }

    /** Per currency, what the payments' ledger says the shop holds; zero totals left out. */
    private static Map<String, BigDecimal> held(JsonNode payments) {
        Map<String, BigDecimal> held = new TreeMap<>();
        payments.get("totals").forEach(t -> put(held, t.get("currency").asString(),
                decimal(t.get("capturedTotal")).subtract(decimal(t.get("refundedTotal")))));
        return held;
    }

    private static Map<String, BigDecimal> orderTotals(JsonNode orders) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        orders.get("held").forEach(h -> put(totals, h.get("currency").asString(), decimal(h.get("total"))));
        return totals;
    }

    // Scale-free, so 25000.0000 (payments) equals 25000.00 (orders).
    private static void put(Map<String, BigDecimal> totals, String currency, BigDecimal amount) {
        if (amount.signum() != 0) {
            totals.put(currency, amount.stripTrailingZeros());
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString());
    }
}
