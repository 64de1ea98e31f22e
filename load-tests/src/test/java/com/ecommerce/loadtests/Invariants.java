package com.ecommerce.loadtests;

import java.time.Duration;
import java.util.List;

import com.ecommerce.testsupport.ShopInvariants;
import tools.jackson.databind.JsonNode;

/**
 * The invariants of ARCHITECTURE §7 after a run ({@link ShopInvariants}), once the platform is
 * quiet. A broken one throws {@link AssertionError} from the simulation's {@code after} hook, which
 * ends the Gatling run with an error and so fails the benchmark.
 */
final class Invariants {

    /** Longer than any saga takes once the load stops; a platform never quiet this long has a stuck one. */
    private static final Duration QUIET_WITHIN = Duration.ofSeconds(60);

    private Invariants() {
    }

    /** Waits for the quiet moment and checks; returns a one-line account of what was checked. */
    static String check(ShopClient shop, String admin) {
        long deadline = System.nanoTime() + QUIET_WITHIN.toNanos();
        String notQuiet;
        do {
            try {
                JsonNode before = shop.report(admin, "/api/v1/orders/invariants");
                JsonNode payments = shop.report(admin, "/api/v1/payments/invariants");
                JsonNode orders = shop.report(admin, "/api/v1/orders/invariants");
                notQuiet = ShopInvariants.notQuiet(before, payments, orders);
                if (notQuiet == null) {
                    return verdict(shop.report(admin, "/api/v1/inventory/invariants"), payments, orders);
                }
            } catch (ShopClient.Unavailable e) {
                // A service still busy with the run's backlog (or its breaker still open) is not quiet yet.
                notQuiet = e.getMessage();
            }
            ShopClient.pause();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not quiet within " + QUIET_WITHIN + " after the run (a saga is stuck?): " + notQuiet);
    }

    private static String verdict(JsonNode stock, JsonNode payments, JsonNode orders) {
        List<String> broken = ShopInvariants.broken(stock, payments, orders);
        if (!broken.isEmpty()) {
            throw new AssertionError("invariants broken after the run:\n  " + String.join("\n  ", broken));
        }
        return "invariants hold: no oversell, stock conserved, every order terminal (%s), ≤ 1 capture per order, money held %s"
                .formatted(orders.get("counts"), ShopInvariants.moneyHeld(payments));
    }
}
