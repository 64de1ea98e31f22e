package com.ecommerce.order.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Orders; the locking finders serialise saga replies, the deadline sweeper and user actions per order. */
public interface OrderRepository extends JpaRepository<Order, Long> {

    /** The order, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> lock(long id);

    Page<Order> findByCustomerIdOrderByPlacedAtDescIdDesc(String customerId, Pageable page);

    Page<Order> findByStatusOrderByPlacedAtDescIdDesc(OrderStatus status, Pageable page);

    Page<Order> findAllByOrderByPlacedAtDescIdDesc(Pageable page);

    /**
     * Claims the pending order whose step deadline passed longest ago. Rows a reply handler (or
     * another instance's sweeper) holds are skipped, so no order is compensated twice at once.
     */
    @Query(value = """
            select * from orders where status = 'PENDING' and step_deadline <= :now
            order by step_deadline limit 1 for update skip locked""", nativeQuery = true)
    Optional<Order> claimOverdue(Instant now);

    /**
     * Sagas an operator should look at: pending ones older than {@code placedBefore}, and
     * cancelled or confirmed ones whose money is not settled since {@code changedBefore}.
     */
    @Query("""
            select o from Order o
            where (o.status = com.ecommerce.order.domain.OrderStatus.PENDING and o.placedAt < :placedBefore)
               or (o.paymentState in :unsettled and o.status <> com.ecommerce.order.domain.OrderStatus.PENDING
                   and o.updatedAt < :changedBefore)
            order by o.placedAt""")
    List<Order> findStuck(Instant placedBefore, Instant changedBefore, Collection<PaymentState> unsettled,
            Pageable page);

    /** When the oldest order still in its saga was placed; empty when no saga is running. */
    @Query("select min(o.placedAt) from Order o where o.status = com.ecommerce.order.domain.OrderStatus.PENDING")
    Optional<Instant> oldestPendingPlacedAt();
}
