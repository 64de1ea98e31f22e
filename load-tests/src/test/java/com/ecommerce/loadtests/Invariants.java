package com.ecommerce.loadtests;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The invariants of ARCHITECTURE §7 after a run, from the admin reports of inventory, payment and
 * order service: no oversell, stock conserved, every order terminal, at most one capture per order,
 * and money conserved (captured − refunded = confirmed, not refunded totals, per currency). Money is
 * compared at a quiet moment (no order pending, nothing unsettled or in flight, the orders' side
 * unchanged while the payments were read), as the live shop never stands still otherwise.
 */
final class Invariants {

    /** Longer than any saga takes once the load stops; a platform never quiet this long has a stuck one. */
    private static final Duration QUIET_WITHIN = Duration.ofSeconds(60);

    private Invariants() {
    }

    private record Snapshot(JsonNode stock, JsonNode payments, JsonNode orders) {
    }

    /**
     * Waits for the quiet moment and checks; throws {@link AssertionError} naming every broken
     * invariant, which fails the Gatling run. Returns a one-line account of what was checked.
     */
    static String check(ShopClient shop, String admin) {
        Snapshot snapshot = quietSnapshot(shop, admin);
        List<String> broken = new ArrayList<>();
        violations("stock", snapshot.stock(), broken);
        violations("payments", snapshot.payments(), broken);
        violations("orders", snapshot.orders(), broken);
        Map<String, BigDecimal> held = held(snapshot.payments());
        Map<String, BigDecimal> owed = orderTotals(snapshot.orders());
        if (!held.equals(owed)) {
            broken.add("money: payments hold " + held + " but confirmed orders total " + owed);
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("invariants broken after the run:\n  " + String.join("\n  ", broken));
        }
        return "invariants hold: no oversell, stock conserved, every order terminal (%s), ≤ 1 capture per order, money held %s"
                .formatted(snapshot.orders().get("counts"), plain(held));
    }

    private static Snapshot quietSnapshot(ShopClient shop, String admin) {
        long deadline = System.nanoTime() + QUIET_WITHIN.toNanos();
        String lastReason;
        do {
            JsonNode before = shop.report(admin, "/api/v1/orders/invariants");
            JsonNode payments = shop.report(admin, "/api/v1/payments/invariants");
            JsonNode orders = shop.report(admin, "/api/v1/orders/invariants");
            lastReason = notQuiet(before, payments, orders);
            if (lastReason == null) {
                return new Snapshot(shop.report(admin, "/api/v1/inventory/invariants"), payments, orders);
            }
            pause();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not quiet within " + QUIET_WITHIN + " after the run (a saga is stuck?): " + lastReason);
    }

    private static String notQuiet(JsonNode before, JsonNode payments, JsonNode orders) {
        if (orders.get("counts").path("PENDING").asLong() != 0) {
            return "orders pending: " + orders.get("counts");
        }
        if (orders.get("unsettled").asLong() != 0) {
            return "voids/refunds awaited: " + orders.get("unsettled");
        }
        if (payments.get("inFlight").asLong() != 0) {
            return "payments in flight: " + payments.get("inFlight");
        }
        if (!orders.get("counts").equals(before.get("counts")) || !orders.get("held").equals(before.get("held"))) {
            return "orders changed while payments were read";
        }
        return null;
    }

    private static void violations(String report, JsonNode body, List<String> broken) {
        body.get("violations").forEach(v -> broken.add(report + ": " + v));
    }

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

    // Scale-free, so 25000.0000 (payments) equals 25000.00 (orders); zero totals left out.
    private static void put(Map<String, BigDecimal> totals, String currency, BigDecimal amount) {
        if (amount.signum() != 0) {
            totals.put(currency, amount.stripTrailingZeros());
        }
    }

    private static Map<String, String> plain(Map<String, BigDecimal> totals) {
        Map<String, String> plain = new TreeMap<>();
        totals.forEach((currency, amount) -> plain.put(currency, amount.toPlainString()));
        return plain;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString());
    }

    private static void pause() {
        try {
            Thread.sleep(500);   // between polls of the reports, not a wait for an outcome
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
