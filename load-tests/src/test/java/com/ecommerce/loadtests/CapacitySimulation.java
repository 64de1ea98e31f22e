package com.ecommerce.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.Simulation;

/**
 * One step of the capacity search: the journey in an open model, {@code bench.arrivals} new
 * journeys per second for {@code bench.duration} seconds (a journey is 5.6 requests on average over
 * ~8 s, so once the first journeys end the request rate is about 5.6 × arrivals). deploy/bench/capacity.sh
 * steps the arrival rate up, one run per step, until p99 passes 100 ms or more than 0.1% fail.
 */
public class CapacitySimulation extends Simulation {

    private static final double ARRIVALS = Double.parseDouble(BenchSettings.text("bench.arrivals", "20"));
    private static final Duration DURATION = BenchSettings.seconds("bench.duration", 60);
    private static final int CUSTOMERS = BenchSettings.number("bench.customers", 200);

    private final ShopClient shop = ShopClient.gateway();
    private final List<String> customers = shop.signUpCustomers(CUSTOMERS);

    {
        shop.restockFirstPage(shop.adminToken(), Journey.RESTOCKED_UNITS);
        setUp(scenario("capacity").feed(Journey.customers(customers)).exec(Journey.iteration())
                .injectOpen(constantUsersPerSec(ARRIVALS).during(DURATION)))
                .protocols(Journey.protocol(BenchSettings.GATEWAY));
    }

    @Override
    public void after() {
        System.out.println(Invariants.check(shop, shop.adminToken()));
    }
}
