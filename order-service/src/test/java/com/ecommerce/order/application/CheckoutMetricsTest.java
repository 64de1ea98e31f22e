package com.ecommerce.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.ecommerce.order.domain.CancellationReason;
import com.ecommerce.order.domain.Order;
import com.ecommerce.order.domain.OrderFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class CheckoutMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CheckoutMetrics metrics = new CheckoutMetrics(meters);

    @Test
    void countsOutcomesByReasonAndTimesTheSagaFromPlacement() {
        Order order = OrderFixtures.confirmed();

        metrics.on(order, new Order.Placed(), order.placedAt());
        metrics.on(order, new Order.Confirmed(), order.placedAt().plusMillis(250));
        metrics.on(order, new Order.Cancelled(CancellationReason.OUT_OF_STOCK, null), order.placedAt().plusSeconds(2));

        assertThat(meters.get("orders.placed").counter().count()).isEqualTo(1);
        assertThat(meters.get("orders.ended").tag("outcome", "confirmed").counter().count()).isEqualTo(1);
        assertThat(meters.get("orders.ended").tag("reason", "OUT_OF_STOCK").counter().count()).isEqualTo(1);
        assertThat(meters.get("checkout.saga.duration").tag("outcome", "confirmed").timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(250);
        assertThat(meters.get("checkout.saga.duration").tag("outcome", "cancelled").timer().max(
                java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(Duration.ofSeconds(2).toSeconds());
    }

    @Test
    void aCustomersCancellationIsCountedButNotTimedAsASaga() {
        Order order = OrderFixtures.cancelledAfterConfirmation();

        metrics.on(order, new Order.Cancelled(CancellationReason.CUSTOMER_REQUEST, null), order.placedAt().plusSeconds(90));

        assertThat(meters.get("orders.ended").tag("reason", "CUSTOMER_REQUEST").counter().count()).isEqualTo(1);
        assertThat(meters.find("checkout.saga.duration").timers()).allSatisfy(t -> assertThat(t.count()).isZero());
    }

    @Test
    void bothSagaOutcomesAreTimedFromTheStartSoLatencyQueriesHaveASeries() {
        assertThat(meters.find("checkout.saga.duration").timers())
                .extracting(t -> t.getId().getTag("outcome")).containsExactlyInAnyOrder("confirmed", "cancelled");
    }
}
