package com.ecommerce.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.Simulation;

/**
 * The seed's load test: the journey by 50 concurrent customers (closed model, as k6's VUs), ramped
 * up over a minute, held three, ramped down over one. {@code bench.users}, {@code bench.ramp} and
 * {@code bench.hold} (seconds) scale it. The run fails if more than 0.1% of requests fail or the
 * invariants break.
 */
public class JourneySimulation extends Simulation {

    private static final int USERS = BenchSettings.number("bench.users", 50);
    private static final Duration RAMP = BenchSettings.seconds("bench.ramp", 60);
    private static final Duration HOLD = BenchSettings.seconds("bench.hold", 180);

    private final ShopClient shop = ShopClient.gateway();
    private final List<String> customers = shop.signUpCustomers(USERS);

    {
        shop.restockFirstPage(shop.adminToken(), Journey.RESTOCKED_UNITS);
        setUp(scenario("journey").feed(Journey.customers(customers)).exec(Journey.iteration())
                .injectClosed(
                        rampConcurrentUsers(0).to(USERS).during(RAMP),
                        constantConcurrentUsers(USERS).during(HOLD),
                        rampConcurrentUsers(USERS).to(0).during(RAMP)))
                .protocols(Journey.protocol(BenchSettings.GATEWAY))
                .assertions(global().failedRequests().percent().lte(0.1));
    }

    @Override
    public void after() {
        System.out.println(Invariants.check(shop, shop.adminToken()));
    }
}
