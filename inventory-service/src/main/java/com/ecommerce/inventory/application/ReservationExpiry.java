package com.ecommerce.inventory.application;

import java.time.Instant;
import java.util.Optional;

import com.ecommerce.inventory.domain.Reservation;
import com.ecommerce.inventory.domain.ReservationRepository;
import com.ecommerce.inventory.domain.ReservationTerms;
import com.ecommerce.inventory.domain.StockChange;
import com.ecommerce.inventory.messaging.InventoryEventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases reservations whose time ran out and tells the order (ReservationExpired). One
 * reservation per transaction, claimed with {@code FOR UPDATE SKIP LOCKED}: any number of
 * instances can sweep at once, each reservation is released exactly once, and a sweep never
 * holds stock rows of several orders in an unordered sequence.
 */
@Service
public class ReservationExpiry {

    private final ReservationRepository reservations;
    private final StockMoves moves;
    private final InventoryEventPublisher events;
    private final ReservationTerms terms;

    ReservationExpiry(ReservationRepository reservations, StockMoves moves, InventoryEventPublisher events,
            ReservationTerms terms) {
        this.reservations = reservations;
        this.moves = moves;
        this.events = events;
        this.terms = terms;
    }

    /** @return true if a reservation was claimed (so there may be more), false if none is due */
    @Transactional
    public boolean expireNext() {
        Instant now = terms.now();
        Optional<Reservation> claimed = reservations.claimExpired(now);
        claimed.filter(reservation -> reservation.expire(now) == Reservation.Outcome.APPLIED)
                .ifPresent(reservation -> {
                    reservation.lines().forEach(line -> moves.settle(line.product(), StockChange.EXPIRE,
                            line.quantity(), reservation.orderId(), now));
                    events.reservationExpired(reservation, now);
                });
        return claimed.isPresent();
    }
}
