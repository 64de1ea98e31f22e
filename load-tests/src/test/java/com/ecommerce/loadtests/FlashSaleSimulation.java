package com.ecommerce.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import tools.jackson.databind.JsonNode;

/**
 * A flash sale: one product with {@code bench.units} units (10,000), {@code bench.buyers} customers
 * ordering one each at {@code bench.rate} orders/s until 10% more orders than units were offered.
 * Afterwards every unit is sold exactly once: confirmed orders = units sold = units, nothing left
 * available or reserved, every other order cancelled as OUT_OF_STOCK, and the invariants hold.
 */
public class FlashSaleSimulation extends Simulation {

    private static final int UNITS = BenchSettings.number("bench.units", 10_000);
    private static final int BUYERS = BenchSettings.number("bench.buyers", 200);
    private static final int RATE = BenchSettings.number("bench.rate", 100);
    private static final int OFFERED = UNITS + UNITS / 10;

    private final ShopClient shop = ShopClient.gateway();
    private final String admin = shop.adminToken();
    private final List<String> buyers = shop.signUpCustomers(BUYERS);
    private final String product = productWithExactly(UNITS);
    private final PlacedOrders placed = new PlacedOrders();

    {
        setUp(scenario("flash sale").feed(Journey.customers(buyers)).exec(buyOne())
                .injectOpen(constantUsersPerSec(RATE).during(Duration.ofMillis(1000L * OFFERED / RATE))))
                .protocols(Journey.protocol(BenchSettings.GATEWAY))
                .assertions(global().failedRequests().count().is(0L));
    }

    private String productWithExactly(int units) {
        String id = shop.productWithStock(admin, "Flash sale " + UUID.randomUUID(), 0);
        shop.adjustStock(admin, id, units - shop.stock(id).get("availableQuantity").asInt());
        return id;
    }

    private ChainBuilder buyOne() {
        return Journey.placeOrder(Journey.oneUnitOf(product, "Flash Buyer")).exec(placed::record);
    }

    @Override
    public void after() {
        String invariants = Invariants.check(shop, admin);
        List<PlacedOrders.Outcome> outcomes = placed.outcomes(shop, admin);
        Map<String, Integer> byStatus = PlacedOrders.byStatus(outcomes);
        JsonNode stock = shop.stock(product);
        int confirmed = byStatus.getOrDefault("CONFIRMED", 0);
        int sold = stock.get("soldQuantity").asInt();
        System.out.printf("%nflash sale: %d units, %d orders accepted (%s); sold %d, available %d, reserved %d; "
                        + "confirmed %.1f orders/s; placement to CONFIRMED %s%n", UNITS, outcomes.size(), byStatus, sold,
                stock.get("availableQuantity").asInt(), stock.get("reservedQuantity").asInt(),
                PlacedOrders.confirmedPerSecond(outcomes), PlacedOrders.toConfirmed(outcomes).millis());
        System.out.println(invariants);
        int outOfStock = byStatus.getOrDefault("CANCELLED/OUT_OF_STOCK", 0);
        if (confirmed != sold || sold != Math.min(UNITS, outcomes.size()) || confirmed + outOfStock != outcomes.size()
                || stock.get("reservedQuantity").asInt() != 0) {
            throw new AssertionError("flash sale broke: confirmed %d, sold %d, units %d, outcomes %s, stock %s"
                    .formatted(confirmed, sold, UNITS, byStatus, stock));
        }
    }
}
