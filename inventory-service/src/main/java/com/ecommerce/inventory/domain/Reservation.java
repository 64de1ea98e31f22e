package com.ecommerce.inventory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock held for one order, all lines together. There is at most one per order: a replayed
 * ReserveStock finds it and answers its outcome again instead of reserving twice.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    /** What a command did to the reservation. */
    public enum Outcome {
        /** The transition happened now: stock must move accordingly. */
        APPLIED,
        /** The reservation already was in the target state: a repeated command, nothing moves. */
        ALREADY_DONE,
        /** The reservation ended otherwise (released, expired, rejected): nothing moves. */
        REFUSED
    }

    @Id
    private Long id;
    @Column(name = "order_id")
    private String orderId;
    @Enumerated(EnumType.STRING)
    private ReservationStatus status;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "release_cause")
    private ReleaseCause releaseCause;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection
    @CollectionTable(name = "reservation_line", joinColumns = @JoinColumn(name = "reservation_id"))
    private List<ReservationLine> lines = new ArrayList<>();

    protected Reservation() {
    }

    private Reservation(long id, OrderId orderId, ReservationStatus status, List<ReservationLine> lines,
            Instant expiresAt, Instant now) {
        this.id = id;
        this.orderId = orderId.value();
        this.status = status;
        this.lines = new ArrayList<>(lines);
        this.expiresAt = expiresAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Units of every line are held until {@code expiresAt} unless confirmed or released first. */
    public static Reservation hold(long id, OrderId orderId, List<ReservationLine> lines, Instant expiresAt,
            Instant now) {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.rejection() != null)) {
            throw new IllegalArgumentException("a held reservation has lines and no rejected ones");
        }
        return new Reservation(id, orderId, ReservationStatus.ACTIVE, lines, expiresAt, now);
    }

    /** Records that nothing was reserved, with the offending lines, so a replay answers the same. */
    public static Reservation reject(long id, OrderId orderId, List<ReservationLine> rejectedLines, Instant now) {
        if (rejectedLines.isEmpty() || rejectedLines.stream().anyMatch(l -> l.rejection() == null)) {
            throw new IllegalArgumentException("a rejection lists its rejected lines");
        }
        return new Reservation(id, orderId, ReservationStatus.REJECTED, rejectedLines, now, now);
    }

    /** Turns held units into a sale. Accepted while ACTIVE, even past expiry if not swept yet. */
    public Outcome confirm(Instant now) {
        return switch (status) {
            case ACTIVE -> transition(ReservationStatus.CONFIRMED, now);
            case CONFIRMED -> Outcome.ALREADY_DONE;
            case RELEASED, EXPIRED, REJECTED -> Outcome.REFUSED;
        };
    }

    /**
     * Gives the order's units back: held units become available again, and so do sold ones
     * (the order was cancelled after confirmation). Releasing what holds nothing is a no-op.
     *
     * @return the state the units were in before, or null if nothing moves
     */
    public ReservationStatus release(ReleaseCause cause, Instant now) {
        ReservationStatus before = status;
        return switch (status) {
            case ACTIVE, CONFIRMED -> {
                releaseCause = cause;
                transition(ReservationStatus.RELEASED, now);
                yield before;
            }
            case RELEASED, EXPIRED, REJECTED -> null;
        };
    }

    /** Gives held units back once the expiry has passed; any other state is left alone. */
    public Outcome expire(Instant now) {
        return switch (status) {
            case ACTIVE -> now.isBefore(expiresAt) ? Outcome.REFUSED : transition(ReservationStatus.EXPIRED, now);
            case EXPIRED -> Outcome.ALREADY_DONE;
            case CONFIRMED, RELEASED, REJECTED -> Outcome.REFUSED;
        };
    }

    private Outcome transition(ReservationStatus target, Instant now) {
        status = target;
        updatedAt = now;
        return Outcome.APPLIED;
    }

    public long id() {
        return id;
    }

    public OrderId orderId() {
        return OrderId.of(orderId);
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Why it was released; null unless RELEASED. */
    public ReleaseCause releaseCause() {
        return releaseCause;
    }

    /** The lines in product-id order: the order in which their stock rows are locked. */
    public List<ReservationLine> lines() {
        return lines.stream().sorted(Comparator.comparing(ReservationLine::productId)).toList();
    }
}
