package com.ecommerce.inventory.domain;

import static com.ecommerce.inventory.domain.StockFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReservationTest {

    @Test
    void confirmsAnActiveReservationOnceThenRepeatsAsANoOp() {
        Reservation reservation = ReservationFixtures.active();

        assertThat(reservation.confirm(NOW)).isEqualTo(Reservation.Outcome.APPLIED);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.confirm(NOW)).isEqualTo(Reservation.Outcome.ALREADY_DONE);
    }

    @Test
    void confirmsAnExpiredButUnsweptReservation() {
        Reservation reservation = ReservationFixtures.active();

        assertThat(reservation.confirm(NOW.plus(Duration.ofHours(1)))).isEqualTo(Reservation.Outcome.APPLIED);
    }

    @Test
    void refusesToConfirmWhatWasReleasedExpiredOrRejected() {
        assertThat(ReservationFixtures.released().confirm(NOW)).isEqualTo(Reservation.Outcome.REFUSED);
        assertThat(ReservationFixtures.rejected().confirm(NOW)).isEqualTo(Reservation.Outcome.REFUSED);
        Reservation expired = ReservationFixtures.active();
        expired.expire(NOW.plus(ReservationFixtures.TTL));
        assertThat(expired.confirm(NOW)).isEqualTo(Reservation.Outcome.REFUSED);
    }

    @Test
    void releaseReportsWhereTheUnitsWereAndIsANoOpTheSecondTime() {
        Reservation held = ReservationFixtures.active();
        Reservation sold = ReservationFixtures.confirmed();

        assertThat(held.release(ReleaseCause.CUSTOMER_REQUEST, NOW)).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(sold.release(ReleaseCause.CUSTOMER_REQUEST, NOW)).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(held.release(ReleaseCause.ADMIN, NOW)).isNull();
        assertThat(held.releaseCause()).isEqualTo(ReleaseCause.CUSTOMER_REQUEST);
        assertThat(ReservationFixtures.rejected().release(ReleaseCause.ADMIN, NOW)).isNull();
    }

    @Test
    void expiresOnlyActiveReservationsWhoseTimeHasCome() {
        Reservation reservation = ReservationFixtures.active();

        assertThat(reservation.expire(NOW.plus(Duration.ofMinutes(14)))).isEqualTo(Reservation.Outcome.REFUSED);
        assertThat(reservation.expire(NOW.plus(ReservationFixtures.TTL))).isEqualTo(Reservation.Outcome.APPLIED);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(reservation.expire(NOW.plus(Duration.ofHours(1)))).isEqualTo(Reservation.Outcome.ALREADY_DONE);
        assertThat(ReservationFixtures.confirmed().expire(NOW.plus(Duration.ofHours(1))))
                .isEqualTo(Reservation.Outcome.REFUSED);
    }

    @Test
    void linesComeInProductIdOrder() {
        Reservation reservation = ReservationFixtures.builder().lines(
                ReservationLine.held(ProductId.of("Z"), 1), ReservationLine.held(ProductId.of("A"), 1)).build();

        assertThat(reservation.lines()).extracting(ReservationLine::productId).containsExactly("A", "Z");
    }

    @Test
    void aHeldReservationHasNoRejectedLinesAndARejectionOnlyRejectedOnes() {
        ReservationLine rejected = ReservationLine.rejected(ProductId.of("A"), 1, RejectionCause.UNKNOWN_PRODUCT, 0);
        ReservationLine held = ReservationLine.held(ProductId.of("A"), 1);

        assertThatThrownBy(() -> ReservationFixtures.builder().lines(rejected).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reservation.reject(1L, ReservationFixtures.newOrderId(), List.of(held), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReservationLine.held(ProductId.of("A"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
