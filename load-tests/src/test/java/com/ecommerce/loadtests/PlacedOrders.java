package com.ecommerce.loadtests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.ecommerce.testsupport.Percentiles;
import io.gatling.javaapi.core.Session;
import tools.jackson.databind.JsonNode;

/**
 * The orders a run placed (recorded by the simulation as they are accepted) and, once the platform
 * is quiet, what became of them: each order's own timestamps give placement → final state without
 * a polling interval blurring it, and without polling load during the run.
 */
final class PlacedOrders {

    record Outcome(String status, String reason, Instant placed, Instant settled) {

        long millis() {
            return Duration.between(placed, settled).toMillis();
        }
    }

    private final Queue<String> ids = new ConcurrentLinkedQueue<>();

    /**
     * A session step: remembers the order id the placement saved as {@code orderId}. A refused
     * placement saved none; Gatling already counts it as failed, which fails the run.
     */
    Session record(Session session) {
        add(session.contains("orderId") ? session.getString("orderId") : null);
        return session;
    }

    void add(String orderId) {
        if (orderId != null) {
            ids.add(orderId);
        }
    }

    int count() {
        return ids.size();
    }

    /** Every recorded order as the admin reads it now (call once the platform is quiet). */
    List<Outcome> outcomes(ShopClient shop, String admin) {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Outcome>> reads = new ArrayList<>();
            for (String id : ids) {
                reads.add(pool.submit(() -> outcome(shop.order(admin, id))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> read : reads) {
                outcomes.add(read.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static Map<String, Integer> byStatus(List<Outcome> outcomes) {
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.reason() == null ? o.status() : o.status() + "/" + o.reason(), 1, Integer::sum));
        return counts;
    }

    /** Confirmed orders per second, from the first placement to the last confirmation. */
    static double confirmedPerSecond(List<Outcome> outcomes) {
        List<Outcome> confirmed = outcomes.stream().filter(o -> o.status().equals("CONFIRMED")).toList();
        if (confirmed.isEmpty()) {
            return 0;
        }
        Instant first = outcomes.stream().map(Outcome::placed).min(Instant::compareTo).orElseThrow();
        Instant last = confirmed.stream().map(Outcome::settled).max(Instant::compareTo).orElseThrow();
        return confirmed.size() / Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
    }

    static Percentiles toConfirmed(List<Outcome> outcomes) {
        return Percentiles.of(outcomes.stream().filter(o -> o.status().equals("CONFIRMED")).map(Outcome::millis).toList());
    }

    private static Outcome outcome(JsonNode order) {
        JsonNode reason = order.path("cancellationReason");
        return new Outcome(order.get("status").asString(), reason.isNull() || reason.isMissingNode() ? null : reason.asString(),
                Instant.parse(order.get("createdAt").asString()), Instant.parse(order.get("updatedAt").asString()));
    }
}
