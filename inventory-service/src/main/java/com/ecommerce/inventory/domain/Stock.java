package com.ecommerce.inventory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stock of one product. Reservations move its counters with guarded SQL ({@link StockLedger});
 * this entity serves reads and administrator adjustments, which are checked against the row's
 * {@code version} so an adjustment computed from a stale read fails instead of overwriting.
 */
@Entity
@Table(name = "stock")
public class Stock {

    @Id
    @Column(name = "product_id")
    private String productId;
    private int available;
    private int reserved;
    private int sold;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Stock() {
    }

    /** A row with the given levels; rows are normally created by {@link StockLedger#open}. */
    public static Stock of(ProductId productId, Levels levels, Instant now) {
        Stock stock = new Stock();
        stock.productId = productId.value();
        stock.available = levels.available();
        stock.reserved = levels.reserved();
        stock.sold = levels.sold();
        stock.createdAt = now;
        stock.updatedAt = now;
        return stock;
    }

    public ProductId productId() {
        return ProductId.of(productId);
    }

    public Levels levels() {
        return new Levels(available, reserved, sold);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Applies an administrator's adjustment to the available units.
     *
     * @return the levels before the change
     * @throws InsufficientStock if a decrease takes more than is available (reserved and sold
     *                           units belong to orders and are never taken back this way)
     * @throws StockLimitExceeded if an increase overflows the counter
     */
    public Levels adjust(Adjustment adjustment, Instant now) {
        Levels before = levels();
        available = switch (adjustment.type()) {
            case INCREASE -> increased(adjustment.quantity());
            case DECREASE -> decreased(adjustment.quantity());
        };
        updatedAt = now;
        return before;
    }

    private int increased(int quantity) {
        long total = (long) available + reserved + sold + quantity;
        if (total > Integer.MAX_VALUE) {
            throw new StockLimitExceeded(productId());
        }
        return available + quantity;
    }

    private int decreased(int quantity) {
        if (quantity > available) {
            throw new InsufficientStock(productId(), quantity, available);
        }
        return available - quantity;
    }
}
