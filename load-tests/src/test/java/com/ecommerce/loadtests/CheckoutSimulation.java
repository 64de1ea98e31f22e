package com.ecommerce.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Checkout alone, open model: {@code bench.rate} orders per second offered for
 * {@code bench.duration} seconds through the gateway, by {@code bench.customers} customers over
 * {@code bench.products} products with ample stock (so the number is the saga's, not one hot row's).
 * Afterwards: orders/s confirmed and placement → CONFIRMED latency from the orders' own timestamps,
 * then the invariants. The run fails on any refused order, any cancellation, or a broken invariant.
 */
public class CheckoutSimulation extends Simulation {

    private static final int RATE = BenchSettings.number("bench.rate", 50);
    private static final Duration DURATION = BenchSettings.seconds("bench.duration", 60);
    private static final int CUSTOMERS = BenchSettings.number("bench.customers", 50);
    private static final int PRODUCTS = BenchSettings.number("bench.products", 20);

    private final ShopClient shop = ShopClient.gateway();
    private final String admin = shop.adminToken();
    private final List<String> customers = shop.signUpCustomers(CUSTOMERS);
    private final List<String> products = IntStream.range(0, PRODUCTS)
            .mapToObj(i -> shop.productWithStock(admin, "Checkout bench " + UUID.randomUUID(), 2 * RATE * (int) DURATION.toSeconds()))
            .toList();
    private final PlacedOrders placed = new PlacedOrders();

    {
        setUp(scenario("checkout").feed(Journey.customers(customers)).exec(placeOne())
                .injectOpen(constantUsersPerSec(RATE).during(DURATION)))
                .protocols(Journey.protocol(BenchSettings.GATEWAY))
                .assertions(global().failedRequests().count().is(0L));
    }

    private ChainBuilder placeOne() {
        return exec(session -> session.set("productId", products.get(ThreadLocalRandom.current().nextInt(products.size()))))
                .exec(Journey.placeOrder(Journey.oneUnitOf("#{productId}", "Bench Buyer")))
                .exec(placed::record);
    }

    @Override
    public void after() {
        String invariants = Invariants.check(shop, admin);
        List<PlacedOrders.Outcome> outcomes = placed.outcomes(shop, admin);
        System.out.printf("%ncheckout: offered %d orders/s for %d s; accepted %d; %s; confirmed %.1f orders/s; "
                        + "placement to CONFIRMED %s%n", RATE, DURATION.toSeconds(), outcomes.size(),
                PlacedOrders.byStatus(outcomes), PlacedOrders.confirmedPerSecond(outcomes), PlacedOrders.toConfirmed(outcomes).millis());
        System.out.println(invariants);
        long notConfirmed = outcomes.stream().filter(o -> !o.status().equals("CONFIRMED")).count();
        if (notConfirmed > 0) {
            throw new AssertionError(notConfirmed + " orders not CONFIRMED although stock and cards were fine");
        }
    }
}
