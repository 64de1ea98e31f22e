package com.ecommerce.inventory.application;

import java.time.Instant;
import java.util.Optional;

import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.StockChange;
import com.ecommerce.inventory.domain.StockHistory;
import com.ecommerce.inventory.domain.StockLedger;
import com.ecommerce.inventory.domain.StockMovement;
import com.ecommerce.inventory.messaging.InventoryEventPublisher;

import org.springframework.stereotype.Component;

/**
 * The things every stock movement does, in the caller's transaction: the guarded update, its
 * history row, a StockLevelChanged when the available units changed, and keeping the admission
 * gate's counter in step.
 */
@Component
class StockMoves {

    private final StockLedger ledger;
    private final StockHistory history;
    private final InventoryEventPublisher events;
    private final AdmissionGate gate;

    StockMoves(StockLedger ledger, StockHistory history, InventoryEventPublisher events, AdmissionGate gate) {
        this.ledger = ledger;
        this.history = history;
        this.events = events;
        this.gate = gate;
    }

    /**
     * The admission gate (if on), then the guarded reservation update; {@link #record} follows once
     * the whole order succeeded. Empty if either refuses.
     */
    Optional<Levels> tryReserve(ProductId productId, int quantity, Instant now) {
        if (!gate.admit(productId, quantity)) {
            return Optional.empty();
        }
        Optional<Levels> after = ledger.reserve(productId, quantity, now);
        if (after.isEmpty()) {
            gate.unused(productId, quantity);
        }
        return after;
    }

    /** Gives back what {@link #tryReserve} took earlier in this transaction (the row is still locked by it). */
    void undoReserve(ProductId productId, int quantity, Instant now) {
        ledger.move(productId, StockChange.RELEASE, quantity, now)
                .orElseThrow(() -> new IllegalStateException("cannot undo a reservation of " + productId));
        gate.unused(productId, quantity);
    }

    /**
     * Applies a movement the order's reservation guarantees (confirm, release, expire, restock).
     *
     * @throws IllegalStateException if the counters disagree with the reservation: a broken
     *                               invariant, never a client mistake
     */
    Levels settle(ProductId productId, StockChange change, int quantity, OrderId orderId, Instant now) {
        Levels after = ledger.move(productId, change, quantity, now).orElseThrow(() -> new IllegalStateException(
                change + " of " + quantity + " units of " + productId + " for order " + orderId + " is not covered"));
        record(StockMovement.forOrder(productId, change, quantity, after, orderId, change.name().toLowerCase()), now);
        return after;
    }

    /** Current levels, unlocked: enough to explain a rejection. */
    Optional<Levels> levels(ProductId productId) {
        return ledger.levels(productId);
    }

    Optional<Levels> open(ProductId productId, int initial, Instant now) {
        Optional<Levels> opened = ledger.open(productId, initial, now);
        opened.ifPresent(levels -> record(new StockMovement(productId, StockChange.OPEN, initial,
                new Levels(0, 0, 0), levels, "product created", null, null), now));
        return opened;
    }

    void record(StockMovement movement, Instant now) {
        history.append(movement, now);
        gate.follow(movement);
        if (movement.change().changesAvailable() && movement.quantity() > 0) {
            events.stockLevelChanged(movement.productId(), movement.after(), now);
        }
    }
}
