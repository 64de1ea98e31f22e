package com.ecommerce.inventory.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves units between the counters of a stock row with single guarded, atomic statements: the
 * condition and the change are one {@code UPDATE}, so concurrent movements can neither lose an
 * update nor drive a counter negative, and the row lock is held only until the transaction ends.
 * Every statement bumps {@code version}, so an administrator's version-checked edit based on an
 * older read fails instead of overwriting these movements.
 */
@Component
public class StockLedger {

    static final RowMapper<Levels> LEVELS = (rs, row) ->
            new Levels(rs.getInt("available"), rs.getInt("reserved"), rs.getInt("sold"));

    private final JdbcClient jdbc;

    StockLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes {@code quantity} available units into reserved, only if that many are available.
     *
     * @return the levels after the change, or empty if the product is unknown or short of stock
     */
    public Optional<Levels> reserve(ProductId productId, int quantity, Instant now) {
        return jdbc.sql("""
                update stock set available = available - :q, reserved = reserved + :q,
                                 version = version + 1, updated_at = :now
                 where product_id = :p and available >= :q
                returning available, reserved, sold""")
                .param("q", quantity).param("p", productId.value()).param("now", Timestamp.from(now))
                .query(LEVELS).optional();
    }

    /**
     * Applies any other change of {@code quantity} units if no counter would become negative.
     *
     * @return the levels after the change, or empty if the row is missing or a counter is short
     */
    public Optional<Levels> move(ProductId productId, StockChange change, int quantity, Instant now) {
        return jdbc.sql("""
                update stock set available = available + :a, reserved = reserved + :r, sold = sold + :s,
                                 version = version + 1, updated_at = :now
                 where product_id = :p and available + :a >= 0 and reserved + :r >= 0 and sold + :s >= 0
                returning available, reserved, sold""")
                .param("a", change.availableDirection() * quantity)
                .param("r", change.reservedDirection() * quantity)
                .param("s", change.soldDirection() * quantity)
                .param("p", productId.value()).param("now", Timestamp.from(now))
                .query(LEVELS).optional();
    }

    /**
     * Creates the row of a new product unless it exists.
     *
     * @return the new levels, or empty if the product already had a row
     */
    public Optional<Levels> open(ProductId productId, int initial, Instant now) {
        return jdbc.sql("""
                insert into stock (product_id, available, reserved, sold, version, created_at, updated_at)
                values (:p, :initial, 0, 0, 0, :now, :now)
                on conflict (product_id) do nothing
                returning available, reserved, sold""")
                .param("p", productId.value()).param("initial", initial).param("now", Timestamp.from(now))
                .query(LEVELS).optional();
    }

    /** Current levels without locking: enough to explain a rejection. */
    public Optional<Levels> levels(ProductId productId) {
        return jdbc.sql("select available, reserved, sold from stock where product_id = :p")
                .param("p", productId.value()).query(LEVELS).optional();
    }
}
