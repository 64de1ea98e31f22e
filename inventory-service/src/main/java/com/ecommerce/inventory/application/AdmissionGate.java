package com.ecommerce.inventory.application;

import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.StockChange;
import com.ecommerce.inventory.domain.StockMovement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The optional Redis admission gate in front of the guarded reservation (ADR 0006): a reservation
 * first takes its units from the product's counter, and one the counter cannot cover is refused
 * before it queues for the stock row. The database still decides every admitted reservation, so
 * the gate can refuse early but never sell a unit the rows do not have. Whenever it cannot answer
 * for sure (switched off, not reconciled since the last Redis failure, no counter yet, Redis
 * failing now, no transaction to settle with) it admits and the database alone decides.
 */
@Component
class AdmissionGate {

    private final GateCounters counters;
    private final GateReconciliation reconciliation;
    private final boolean enabled;
    private final Counter admitted;
    private final Counter refused;
    private final Counter bypassed;

    AdmissionGate(GateCounters counters, GateReconciliation reconciliation, InventoryProperties properties,
            MeterRegistry meters) {
        this.counters = counters;
        this.reconciliation = reconciliation;
        this.enabled = properties.gate().enabled();
        this.admitted = decisions(meters, "admitted");
        this.refused = decisions(meters, "refused");
        this.bypassed = decisions(meters, "bypassed");
    }

    /** @return false only if the product's counter is short; taken units are held by the current transaction */
    boolean admit(ProductId product, int units) {
        if (!enabled) {
            return true;
        }
        if (!counters.trusted() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            bypassed.increment();
            return true;
        }
        return switch (counters.take(product, units)) {
            case TAKEN -> {
                lease().hold(product, units);
                admitted.increment();
                yield true;
            }
            case SHORT -> {
                refused.increment();
                yield false;
            }
            case UNTRACKED -> {
                reconciliation.request(product);
                bypassed.increment();
                yield true;
            }
            case FAILED -> {
                bypassed.increment();
                yield true;
            }
        };
    }

    /** Admitted units the database did not reserve (short there, or undone): back when the transaction ends. */
    void unused(ProductId product, int units) {
        if (settling()) {
            lease().unuse(product, units);
        }
    }

    /** Keeps the product's counter in step with a movement of its available units, once that commits. */
    void follow(StockMovement movement) {
        if (!settling() || movement.quantity() <= 0) {
            return;
        }
        StockChange change = movement.change();
        if (change == StockChange.DECREASE) {
            lease().cut(movement.productId());
        } else if (change != StockChange.OPEN && change.availableDirection() > 0) {
            lease().gain(movement.productId(), movement.quantity());
        }
    }

    private boolean settling() {
        return enabled && TransactionSynchronizationManager.isSynchronizationActive();
    }

    private GateLease lease() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof GateLease lease && lease.ownedBy(this)) {
                return lease;
            }
        }
        GateLease lease = new GateLease(this, counters::add, reconciliation::request);
        TransactionSynchronizationManager.registerSynchronization(lease);
        return lease;
    }

    private static Counter decisions(MeterRegistry meters, String outcome) {
        return Counter.builder("inventory.gate.decisions").tag("outcome", outcome)
                .description("Reservation lines the admission gate admitted, refused early, or let through unchecked")
                .register(meters);
    }
}
