package com.ecommerce.system.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.ecommerce.system.PlatformProcesses;

/**
 * The chaos scenarios ({@code ./platform chaos <name>}): a fault, what it means, and the stock the
 * batch's product starts with. A stock below the number of orders makes the batch a flash sale,
 * where most orders must be cancelled and none oversold.
 */
record Scenario(String name, String description, int stock, Supplier<Fault> fault) {

    /** Enough for every order of a run: each must confirm unless the fault cancels it. */
    static final int PLENTY = 500;
    static final int FLASH_SALE_STOCK = 12;
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final Duration DATABASE_DOWN = Duration.ofSeconds(10);

    static final List<String> SERVICES = List.of("discovery-server", "product-service", "inventory-service",
            "cart-service", "order-service", "payment-service", "user-service", "api-gateway");

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        for (String service : SERVICES) {
            all.add(new Scenario("kill-" + service, service + " killed (SIGKILL) mid-batch and started again",
                    PLENTY, () -> new Crash(service)));
        }
        all.add(new Scenario("kafka-outage", "the Kafka broker stopped for 30 s mid-batch, then started",
                PLENTY, () -> new InfrastructureOutage("kafka", OUTAGE)));
        all.add(new Scenario("postgres-restart", "PostgreSQL stopped (fast shutdown) mid-checkout, started 10 s later",
                PLENTY, () -> new InfrastructureOutage("postgres", DATABASE_DOWN)));
        all.add(new Scenario("redis-outage", "Redis stopped for 30 s mid-checkout, then started",
                PLENTY, () -> new InfrastructureOutage("redis", OUTAGE)));
        all.add(new Scenario("redis-outage-flash-sale",
                "Redis stopped for 30 s mid-flash-sale (" + FLASH_SALE_STOCK + " units, far more orders)",
                FLASH_SALE_STOCK, () -> new InfrastructureOutage("redis", OUTAGE)));
        all.add(new Scenario("payment-slow", "the payment provider charges but answers after "
                + StripeStub.SLOW_ANSWER.toSeconds() + " s (beyond the 10 s call deadline) for 30 s",
                PLENTY, () -> new ProviderFault(StripeStub.Mode.SLOW, OUTAGE)));
        all.add(new Scenario("payment-timeout", "the payment provider answers nothing for 30 s",
                PLENTY, () -> new ProviderFault(StripeStub.Mode.HANG, OUTAGE)));
        all.add(new Scenario("payment-5xx", "the payment provider answers 500 api_error for 30 s",
                PLENTY, () -> new ProviderFault(StripeStub.Mode.ERROR, OUTAGE)));
        all.add(new Scenario("scale-out", "two instances each of " + String.join(", ", ScaleOut.SERVICES)
                + "; the first instance of each killed (SIGKILL) mid-batch, started again 30 s later",
                PLENTY, () -> new ScaleOut(OUTAGE)));
        all.add(new Scenario("offset-rewind", "order, inventory and payment consumers stopped mid-batch, their "
                + "group offsets rewound so ~10% of the batch's events are delivered again, then started",
                PLENTY, OffsetRewind::new));
        return all;
    }

    /** The scenarios named (comma-separated; "all" for every one); an unknown name fails with the list. */
    static List<Scenario> named(String names) {
        List<Scenario> all = all();
        if (names.isBlank() || names.equals("all")) {
            return all;
        }
        return Arrays.stream(names.split(",")).map(String::trim).map(name -> all.stream()
                .filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown chaos scenario '" + name + "'; known: "
                        + all.stream().map(Scenario::name).toList()))).toList();
    }

    /** SIGKILL and restart; the restart returns once the service is healthy, which ends the fault. */
    private record Crash(String service) implements Fault {

        @Override
        public void inject() {
            PlatformProcesses.crashAndRestart(service);
        }

        @Override
        public Duration lasts() {
            return Duration.ZERO;
        }
    }

    /** A server of ours stopped, and started again once the outage has lasted its time. */
    private record InfrastructureOutage(String server, Duration lasts) implements Fault {

        @Override
        public void inject() {
            PlatformProcesses.infrastructure("stop", server);
        }

        @Override
        public void heal() {
            PlatformProcesses.infrastructure("start", server);
        }

        @Override
        public void restore() {
            // A run that failed between stop and start leaves the server down for the next scenario.
            PlatformProcesses.infrastructure("start", server);
        }
    }
}
