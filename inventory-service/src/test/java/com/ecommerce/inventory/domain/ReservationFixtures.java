package com.ecommerce.inventory.domain;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Reservations in each state, with named factories and a builder for the rest. */
public final class ReservationFixtures {

    public static final Duration TTL = Duration.ofMinutes(15);

    private ReservationFixtures() {
    }

    public static OrderId newOrderId() {
        return OrderId.of("o-" + UUID.randomUUID().toString().substring(0, 18));
    }

    public static Reservation active() {
        return builder().build();
    }

    public static Reservation confirmed() {
        Reservation reservation = active();
        reservation.confirm(StockFixtures.NOW);
        return reservation;
    }

    public static Reservation released() {
        Reservation reservation = active();
        reservation.release(ReleaseCause.PAYMENT_DECLINED, StockFixtures.NOW);
        return reservation;
    }

    public static Reservation rejected() {
        return Reservation.reject(2L, newOrderId(), List.of(ReservationLine.rejected(
                StockFixtures.newProductId(), 3, RejectionCause.INSUFFICIENT_STOCK, 1)), StockFixtures.NOW);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private OrderId orderId = newOrderId();
        private List<ReservationLine> lines = List.of(ReservationLine.held(StockFixtures.newProductId(), 2));
        private Duration ttl = TTL;

        public Builder orderId(OrderId orderId) {
            this.orderId = orderId;
            return this;
        }

        public Builder lines(ReservationLine... lines) {
            this.lines = List.of(lines);
            return this;
        }

        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        public Reservation build() {
            return Reservation.hold(1L, orderId, lines, StockFixtures.NOW.plus(ttl), StockFixtures.NOW);
        }
    }
}
