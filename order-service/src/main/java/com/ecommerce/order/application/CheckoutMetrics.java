package com.ecommerce.order.application;

import java.time.Duration;
import java.time.Instant;

import com.ecommerce.order.domain.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business metrics of checkout: orders placed, confirmed and cancelled (by reason), and how long
 * a saga took from placement to its end ({@code checkout.saga.duration}, a histogram per outcome;
 * customer cancellations left out).
 * Counted after the commit that made them true, so a rolled-back transition counts nothing.
 */
@Component
public class CheckoutMetrics {

    private final MeterRegistry meters;
    private final Counter placed;

    CheckoutMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.placed = Counter.builder("orders.placed").description("Orders accepted at checkout").register(meters);
        // Registered before the first order ends, so latency queries and alerts see a series
        // (empty) from the start instead of no data at all.
        sagaDuration("confirmed");
        sagaDuration("cancelled");
    }

    /** Notes what the order's event means for the metrics, once the current transaction commits. */
    public void on(Order order, Order.Event event, Instant at) {
        switch (event) {
            case Order.Placed p -> afterCommit(placed::increment);
            case Order.Confirmed c -> afterCommit(() -> ended(order, "confirmed", "none", at));
            case Order.Cancelled cancelled -> afterCommit(() ->
                    ended(order, "cancelled", cancelled.reason().name(), at));
            case Order.Shipped s -> { }
            case Order.Delivered d -> { }
        }
    }

    private void ended(Order order, String outcome, String reason, Instant at) {
        Counter.builder("orders.ended").description("Orders whose checkout ended, by outcome and reason")
                .tag("outcome", outcome).tag("reason", reason).register(meters).increment();
        // How long the customer took to cancel says nothing about the saga (and may come after CONFIRMED).
        if (!reason.equals("CUSTOMER_REQUEST")) {
            sagaDuration(outcome).record(Duration.between(order.placedAt(), at));
        }
    }

    private Timer sagaDuration(String outcome) {
        return Timer.builder("checkout.saga.duration").description("From placement to CONFIRMED or CANCELLED")
                .tag("outcome", outcome).publishPercentileHistogram().register(meters);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
