package com.ecommerce.inventory.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.RejectionCause;
import com.ecommerce.inventory.domain.Reservation;
import com.ecommerce.inventory.domain.ReservationLine;
import com.ecommerce.inventory.domain.ReservationRepository;
import com.ecommerce.inventory.domain.ReservationStatus;
import com.ecommerce.inventory.domain.ReservationTerms;
import com.ecommerce.inventory.domain.StockChange;
import com.ecommerce.inventory.domain.StockMovement;
import com.ecommerce.inventory.messaging.InventoryEventPublisher;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves, confirms and releases an order's stock for the checkout saga. Each command is one
 * transaction that also records its reply in the outbox, and each is safe to repeat: the order's
 * one reservation remembers the outcome, so a replay answers it again without moving stock.
 */
@Service
public class StockReservations {

    private final ReservationRepository reservations;
    private final StockMoves moves;
    private final InventoryEventPublisher events;
    private final IdGenerator ids;
    private final ReservationTerms terms;

    StockReservations(ReservationRepository reservations, StockMoves moves, InventoryEventPublisher events,
            IdGenerator ids, ReservationTerms terms) {
        this.reservations = reservations;
        this.moves = moves;
        this.events = events;
        this.ids = ids;
        this.terms = terms;
    }

    /** Reserves every line or none, and answers StockReserved or StockRejected. */
    @Transactional
    public ReservationStatus reserve(ReserveStock command) {
        Instant now = terms.now();
        Reservation reservation = reservations.findByOrderId(command.orderId().value())
                .orElseGet(() -> reservations.save(decide(command.orderId(), command.demand(), now)));
        if (reservation.status() == ReservationStatus.REJECTED) {
            events.stockRejected(reservation.orderId(), reservation.lines(), now);
        } else {
            events.stockReserved(reservation, now);
        }
        return reservation.status();
    }

    /** Turns the reservation into a sale and answers StockConfirmed (or the outcome that stands). */
    @Transactional
    public void confirm(ConfirmStock command) {
        Instant now = terms.now();
        Reservation reservation = locked(command.orderId());
        switch (reservation.confirm(now)) {
            case APPLIED -> {
                reservation.lines().forEach(line -> moves.settle(line.product(), StockChange.CONFIRM,
                        line.quantity(), reservation.orderId(), now));
                events.stockConfirmed(reservation.orderId(), now);
            }
            case ALREADY_DONE -> events.stockConfirmed(reservation.orderId(), now);
            case REFUSED -> answerEnded(reservation, now);
        }
    }

    /** Gives held or sold units back and answers StockReleased; releasing twice moves nothing. */
    @Transactional
    public void release(ReleaseStock command) {
        Instant now = terms.now();
        Optional<Reservation> found = reservations.lockByOrderId(command.orderId().value());
        found.ifPresent(reservation -> {
            ReservationStatus from = reservation.release(command.cause(), now);
            StockChange change = from == ReservationStatus.ACTIVE ? StockChange.RELEASE
                    : from == ReservationStatus.CONFIRMED ? StockChange.RESTOCK : null;
            if (change != null) {
                reservation.lines().forEach(line -> moves.settle(line.product(), change, line.quantity(),
                        reservation.orderId(), now));
            }
        });
        events.stockReleased(command.orderId(), command.cause(), now);
    }

    private Reservation locked(OrderId orderId) {
        return reservations.lockByOrderId(orderId.value()).orElseThrow(() -> new ReservationNotFound(orderId));
    }

    private void answerEnded(Reservation reservation, Instant now) {
        switch (reservation.status()) {
            case EXPIRED -> events.reservationExpired(reservation, now);
            case RELEASED -> events.stockReleased(reservation.orderId(), reservation.releaseCause(), now);
            case REJECTED -> events.stockRejected(reservation.orderId(), reservation.lines(), now);
            case ACTIVE, CONFIRMED -> throw new IllegalStateException("reservation has not ended");
        }
    }

    /**
     * Takes the lines in product-id order with guarded updates (a fixed lock order, so concurrent
     * multi-line orders cannot deadlock). At the first line that cannot be taken, the lines taken
     * so far are given back in this same transaction and the rest are only checked, so the
     * rejection lists every offending line.
     */
    private Reservation decide(OrderId orderId, Demand demand, Instant now) {
        List<ReservationLine> rejected = new ArrayList<>(invalidLines(demand));
        List<Taken> taken = new ArrayList<>();
        for (Demand.Line line : demand.lines()) {
            if (!line.valid()) {
                continue;
            }
            if (!rejected.isEmpty()) {
                rejection(line, false).ifPresent(rejected::add);
                continue;
            }
            moves.tryReserve(line.productId(), line.units(), now).ifPresentOrElse(
                    levels -> taken.add(new Taken(line, levels)),
                    () -> rejected.add(rejection(line, true).orElseThrow()));
        }
        if (!rejected.isEmpty()) {
            taken.forEach(t -> moves.undoReserve(t.line().productId(), t.line().units(), now));
            return Reservation.reject(ids.nextId(), orderId, rejected, now);
        }
        taken.forEach(t -> moves.record(StockMovement.forOrder(t.line().productId(), StockChange.RESERVE,
                t.line().units(), t.after(), orderId, "reserved"), now));
        return Reservation.hold(ids.nextId(), orderId,
                taken.stream().map(t -> ReservationLine.held(t.line().productId(), t.line().units())).toList(),
                terms.expiryFrom(now), now);
    }

    private static List<ReservationLine> invalidLines(Demand demand) {
        return demand.lines().stream().filter(line -> !line.valid())
                .map(line -> ReservationLine.rejected(line.productId(), line.units(), RejectionCause.INVALID_QUANTITY, 0))
                .toList();
    }

    /**
     * Why a line is refused, from an unlocked read. A line whose guarded update just failed is
     * refused even if units came back meanwhile; a line only checked is refused if short now.
     */
    private Optional<ReservationLine> rejection(Demand.Line line, boolean attempted) {
        return moves.levels(line.productId())
                .map(levels -> attempted || levels.available() < line.units()
                        ? Optional.of(ReservationLine.rejected(line.productId(), line.units(),
                                RejectionCause.INSUFFICIENT_STOCK, levels.available()))
                        : Optional.<ReservationLine>empty())
                .orElseGet(() -> Optional.of(ReservationLine.rejected(line.productId(), line.units(),
                        RejectionCause.UNKNOWN_PRODUCT, 0)));
    }

    private record Taken(Demand.Line line, Levels after) {
    }
}
