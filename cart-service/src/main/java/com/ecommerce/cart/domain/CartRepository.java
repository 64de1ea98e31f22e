package com.ecommerce.cart.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Carts by customer. */
public interface CartRepository extends JpaRepository<Cart, Long> {

    /**
     * Creates the customer's cart unless it exists. Concurrent first requests cannot create two:
     * the unique customer id makes all but one insert a no-op (waiting for the winner to commit).
     *
     * @return 1 if the cart was created now, 0 if it existed
     */
    @Modifying
    @Query(value = """
            insert into cart (id, customer_id, created_at, updated_at) values (:id, :customer, :now, :now)
            on conflict (customer_id) do nothing""", nativeQuery = true)
    int open(@Param("id") long id, @Param("customer") String customer, @Param("now") Instant now);

    /** The cart, with its row locked until the transaction ends: changes of one cart take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cart c where c.customerId = :customer")
    Optional<Cart> lockByCustomer(@Param("customer") String customer);

    @Query("select c from Cart c where c.customerId = :customer")
    Optional<Cart> findByCustomer(@Param("customer") String customer);
}
