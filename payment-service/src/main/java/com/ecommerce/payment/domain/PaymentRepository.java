package com.ecommerce.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Payments by id, order and customer; the locking finder serialises the outcome of concurrent resolutions. */
public interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByOrderId(String orderId);

    /** The order's payment, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.orderId = :orderId")
    Optional<Payment> lockByOrderId(String orderId);

    Page<Payment> findByCustomerIdOrderByCreatedAtDescIdDesc(String customerId, Pageable page);

    /** Orders whose last provider call was recorded as attempted before {@code before} and never resolved. */
    @Query("""
            select p.orderId from Payment p
            where p.status in (com.ecommerce.payment.domain.PaymentStatus.PENDING,
                               com.ecommerce.payment.domain.PaymentStatus.REFUNDING)
              and p.updatedAt < :before order by p.updatedAt""")
    List<String> unresolvedSince(Instant before, Pageable limit);
}
