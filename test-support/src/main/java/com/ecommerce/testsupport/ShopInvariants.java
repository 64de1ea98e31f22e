package com.ecommerce.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The invariants of ARCHITECTURE §7 as read from the admin reports of inventory
 * ({@code /api/v1/inventory/invariants}), payment ({@code /api/v1/payments/invariants}) and order
 * service ({@code /api/v1/orders/invariants}): no oversell, stock conserved, every order terminal,
 * at most one capture per order, and money conserved (captured − refunded = confirmed, not refunded
 * totals, per currency). The live shop never stands still, so money is compared only at a quiet
 * moment ({@link #notQuiet}); callers poll for it their own way (system tests with Awaitility, the
 * load tests between runs).
 */
public final class ShopInvariants {

    /** Parses report bodies with decimals as BigDecimal: money must compare exactly. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ShopInvariants() {
    }

    /**
     * Why the shop is not quiet, or null when it is: no order pending, no void or refund awaited,
     * no payment in flight, and the orders' report unchanged between {@code ordersBefore} (read
     * before the payments) and {@code orders} (read after).
     */
    public static String notQuiet(JsonNode ordersBefore, JsonNode payments, JsonNode orders) {
        if (orders.get("counts").path("PENDING").asLong() != 0) {
            return "orders pending: " + orders.get("counts");
        }
        if (orders.get("unsettled").asLong() != 0) {
            return "voids/refunds awaited: " + orders.get("unsettled");
        }
        if (payments.get("inFlight").asLong() != 0) {
            return "payments in flight: " + payments.get("inFlight");
        }
        if (!orders.get("counts").equals(ordersBefore.get("counts")) || !orders.get("held").equals(ordersBefore.get("held"))) {
            return "orders changed while payments were read";
        }
        return null;
    }

    /** Every broken invariant in reports read at a quiet moment, one line each; empty when all hold. */
    public static List<String> broken(JsonNode stock, JsonNode payments, JsonNode orders) {
        List<String> broken = new ArrayList<>();
        stock.get("violations").forEach(v -> broken.add("stock: " + v));
        payments.get("violations").forEach(v -> broken.add("payments: " + v));
        orders.get("violations").forEach(v -> broken.add("orders: " + v));
        Map<String, BigDecimal> held = held(payments);
        Map<String, BigDecimal> owed = confirmedTotals(orders);
        if (!held.equals(owed)) {
            broken.add("money: payments hold " + plain(held) + " but confirmed, not refunded orders total " + plain(owed));
        }
        return broken;
    }

    /** Per currency, captured − refunded in the payments' ledger, as plain decimal strings. */
    public static Map<String, String> moneyHeld(JsonNode payments) {
        return plain(held(payments));
    }

    private static Map<String, BigDecimal> held(JsonNode payments) {
        Map<String, BigDecimal> held = new TreeMap<>();
        payments.get("totals").forEach(t -> put(held, t.get("currency").asString(),
                decimal(t.get("capturedTotal")).subtract(decimal(t.get("refundedTotal")))));
        return held;
    }

    private static Map<String, BigDecimal> confirmedTotals(JsonNode orders) {
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
}
