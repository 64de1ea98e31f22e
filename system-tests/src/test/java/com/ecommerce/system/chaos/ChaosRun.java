package com.ecommerce.system.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import com.ecommerce.system.Registry;
import com.ecommerce.system.Platform;
import com.ecommerce.system.checkout.Catalog;
import com.ecommerce.system.checkout.Invariants;
import com.ecommerce.system.checkout.OrderBatch;
import com.ecommerce.system.checkout.Shop;
import tools.jackson.databind.JsonNode;

/**
 * One run of a scenario: a product with the scenario's stock, eight new customers, and orders in
 * three waves. One order each before the fault (their sagas are mid-way when it lands), one a
 * second while it lasts (at most {@link #DURING_AT_MOST}; each retried with its Idempotency-Key
 * while the platform refuses it), one each after it healed. Then every accepted order must be
 * terminal within {@link #TERMINAL_WITHIN} of the fault's end, every outbox empty, no unit left
 * held or oversold, the money captured equal to the confirmed totals, and the shop's invariants
 * hold. What it saw on the way is the run's {@link Figures}.
 */
final class ChaosRun {

    private static final int CUSTOMERS = 8;
    private static final int DURING_AT_MOST = 40;
    private static final Duration PACE = Duration.ofSeconds(1);
    /** One before, one after, and an equal share of those placed during the fault: one page of "my orders". */
    private static final int ORDERS_PER_CUSTOMER_AT_MOST = 2 + DURING_AT_MOST / CUSTOMERS;
    private static final Duration PLACEMENT_RETRIES = Duration.ofMinutes(3);
    static final Duration TERMINAL_WITHIN = Duration.ofSeconds(60);
    private static final List<String> WITH_OUTBOX = List.of("product-service", "inventory-service",
            "order-service", "payment-service", "user-service");
    private static final List<String> DEAD_LETTERS = List.of("/api/v1/orders/dead-letters",
            "/api/v1/payments/dead-letters", "/api/v1/inventory/dead-letters", "/api/v1/carts/dead-letters");

    private final Scenario scenario;
    private final int run;
    private final Shop.Session admin = Shop.admin();

    private int attempted;
    private long faultStarted;
    private long healed;
    private double drainSeconds = Double.NaN;
    private long deadLettersBefore;
    private long deadLettersAfter = -1;
    private String notes = "";
    private List<String> afterRecovery = List.of();

    ChaosRun(Scenario scenario, int run) {
        this.scenario = scenario;
        this.run = run;
    }

    /** Runs the scenario and answers its figures; a broken rule is in {@link Figures#failure()}. */
    Figures execute() {
        Fault fault = scenario.fault().get();
        OrderBatch batch = null;
        String failure = null;
        try {
            fault.prepare();
            String productId = new Catalog(admin).productWithStock("7000", scenario.stock());
            List<Shop.Session> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> Shop.signUp()).toList();
            deadLettersBefore = deadLetters();
            batch = new OrderBatch(productId);
            placeAll(batch, customers, fault);
            awaitDrained(batch);
            check(batch, productId);
            notes = fault.check(batch);
        } catch (AssertionError | RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + shortened(e.getMessage());
            e.printStackTrace();
        } catch (Exception e) {
            failure = e.toString();
        } finally {
            try {
                fault.restore();
            } catch (AssertionError | RuntimeException e) {
                failure = failure != null ? failure : "restoring the platform failed: " + shortened(e.getMessage());
            }
        }
        return figures(batch, failure);
    }

    private void placeAll(OrderBatch batch, List<Shop.Session> customers, Fault fault) throws Exception {
        batch.place(customers, 1, PLACEMENT_RETRIES);
        attempted += customers.size();
        faultStarted = System.nanoTime();
        CompletableFuture<Void> faulting = CompletableFuture.runAsync(() -> {
            fault.inject();
            pause(fault.lasts());
            fault.heal();
            healed = System.nanoTime();
        });
        List<Future<String>> during = new ArrayList<>();
        try (ExecutorService placing = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; !faulting.isDone() && i < DURING_AT_MOST; i++) {
                Shop.Session customer = customers.get(i % customers.size());
                during.add(placing.submit(() -> batch.placeOne(customer, PLACEMENT_RETRIES)));
                attempted++;
                pause(PACE);
            }
            faulting.get(10, TimeUnit.MINUTES);
            for (Future<String> order : during) {
                order.get();
            }
        }
        List<String> after = batch.place(customers, 1, PLACEMENT_RETRIES);
        attempted += customers.size();
        afterRecovery = after;
    }

    private void awaitDrained(OrderBatch batch) {
        Duration left = TERMINAL_WITHIN.minusNanos(System.nanoTime() - healed);
        batch.awaitAllTerminal(left.isNegative() ? Duration.ofSeconds(1) : left, ORDERS_PER_CUSTOMER_AT_MOST);
        await("every outbox empty").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).until(() -> WITH_OUTBOX.stream().allMatch(ChaosRun::outboxEmpty));
        drainSeconds = (System.nanoTime() - healed) / 1e9;
    }

    private void check(OrderBatch batch, String productId) {
        assertThat(batch.size()).as("one order per placement, retries included").isEqualTo(attempted);
        if (scenario.stock() >= attempted) {
            assertThat(afterRecovery).as("orders placed after the fault healed confirm normally")
                    .allSatisfy(id -> assertThat(OrderBatch.status(batch.order(id))).isEqualTo("CONFIRMED"));
        }
        batch.assertStockAccountedFor(productId, scenario.stock());
        batch.assertEachConfirmedOrderCapturedItsTotal();
        Invariants.assertHold(admin);
        deadLettersAfter = deadLetters();
    }

    private Figures figures(OrderBatch batch, String failure) {
        double faultSeconds = healed == 0 ? Double.NaN : (healed - faultStarted) / 1e9;
        if (batch == null) {
            return new Figures(scenario.name(), run, attempted, 0, 0, 0, 0, Map.of(), faultSeconds, drainSeconds, 0,
                    notes, failure, today());
        }
        long parked = deadLettersAfter < 0 ? -1 : deadLettersAfter - deadLettersBefore;
        return new Figures(scenario.name(), run, attempted, batch.size(), batch.withStatus("CONFIRMED").size(),
                batch.withStatus("CANCELLED").size(), batch.requests(), batch.refusals(), faultSeconds,
                drainSeconds, parked, notes, failure, today());
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    }

    /** Records parked on the dead-letter topics of the saga's consumers, all services together. */
    private long deadLetters() {
        long parked = 0;
        for (String path : DEAD_LETTERS) {
            // A service restarted for the run (payment-service against the stub) is routed by the
            // gateway once its registry cache has the new instance: 503 until then.
            AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
            await(path + " routed").atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        answer.set(Shop.get(path, admin.auth()));
                        return answer.get().statusCode() != 503;
                    });
            HttpResponse<String> topics = answer.get();
            assertThat(topics.statusCode()).as(path + ": " + topics.body()).isEqualTo(200);
            for (JsonNode topic : Shop.json(topics)) {
                parked += topic.get("parked").asLong();
            }
        }
        return parked;
    }

    /** The relay's gauge of the oldest message it has not published, read straight from the service. */
    private static boolean outboxEmpty(String service) {
        HttpResponse<String> metrics = Platform.get(Registry.baseUrl(service) + "/actuator/prometheus");
        if (metrics.statusCode() != 200) {
            return false;
        }
        return metrics.body().lines().filter(line -> line.startsWith("outbox_oldest_message_age_seconds"))
                .allMatch(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) == 0.0);
    }

    private static void pause(Duration duration) {
        // The fault's length and the pace of arrivals are what the scenario prescribes, not a wait
        // for something to happen.
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shortened(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        return trimmed.length() > 600 ? trimmed.substring(0, 600) + "…" : trimmed;
    }
}
