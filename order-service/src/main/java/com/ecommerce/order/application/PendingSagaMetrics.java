package com.ecommerce.order.application;

import java.time.Clock;
import java.time.Duration;

import com.ecommerce.order.domain.OrderRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code checkout.saga.oldest.pending}: how long the oldest order still PENDING has been in its
 * saga (0 when none is). Counters tell how many sagas ended; only this tells that one has not,
 * which is what the "saga stuck" alert watches. Read from the database at every scrape, so it is
 * right after a restart and across instances (an index on status and placement time serves it).
 */
@Component
class PendingSagaMetrics {

    PendingSagaMetrics(OrderRepository orders, Clock clock, MeterRegistry meters) {
        Gauge.builder("checkout.saga.oldest.pending", () -> orders.oldestPendingPlacedAt()
                        .map(placed -> Duration.between(placed, clock.instant()).toMillis() / 1000.0)
                        .orElse(0.0))
                .description("Age of the oldest order whose checkout saga has not ended")
                .baseUnit("seconds")
                .register(meters);
    }
}
