package com.ecommerce.inventory.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Reservations by order; the locking finders serialise saga commands with the expiry sweeper. */
public interface ReservationRepository extends JpaRepository<Reservation, Long> {

    Optional<Reservation> findByOrderId(String orderId);

    /** The order's reservation, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Reservation r where r.orderId = :orderId")
    Optional<Reservation> lockByOrderId(String orderId);

    /**
     * Claims the longest-expired active reservation. Rows another sweeper (or a confirm) holds
     * are skipped, so two instances never expire the same reservation.
     */
    @Query(value = """
            select * from reservation where status = 'ACTIVE' and expires_at <= :now
            order by expires_at limit 1 for update skip locked""", nativeQuery = true)
    Optional<Reservation> claimExpired(Instant now);
}
