package com.ecommerce.inventory.application;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

import com.ecommerce.inventory.domain.ProductId;

import org.springframework.transaction.support.TransactionSynchronization;

/**
 * What one database transaction did to the gate's counters, settled when it ends. Units it took
 * from a counter stay taken only if it commits; units it took but did not reserve go back
 * whatever the outcome; units the database gained (released, expired, restocked, increased) are
 * added once they are committed; a product whose stock was cut is recounted from the database.
 * Settling after the end, never before, is what keeps a counter from running ahead of the rows.
 */
final class GateLease implements TransactionSynchronization {

    private final Object owner;
    private final ObjIntConsumer<ProductId> add;
    private final Consumer<ProductId> recount;
    private final Map<ProductId, Integer> held = new HashMap<>();
    private final Map<ProductId, Integer> unused = new HashMap<>();
    private final Map<ProductId, Integer> gained = new HashMap<>();
    private final Set<ProductId> cut = new HashSet<>();

    GateLease(Object owner, ObjIntConsumer<ProductId> add, Consumer<ProductId> recount) {
        this.owner = owner;
        this.add = add;
        this.recount = recount;
    }

    boolean ownedBy(Object gate) {
        return owner == gate;
    }

    void hold(ProductId product, int units) {
        held.merge(product, units, Integer::sum);
    }

    /** Units held for a line the database refused or that was undone; only held units can be unused. */
    void unuse(ProductId product, int units) {
        int fromHeld = Math.min(held.getOrDefault(product, 0), units);
        if (fromHeld > 0) {
            held.merge(product, -fromHeld, Integer::sum);
            unused.merge(product, fromHeld, Integer::sum);
        }
    }

    void gain(ProductId product, int units) {
        gained.merge(product, units, Integer::sum);
    }

    void cut(ProductId product) {
        cut.add(product);
    }

    @Override
    public void afterCompletion(int status) {
        Map<ProductId, Integer> back = new HashMap<>(unused);
        switch (status) {
            case STATUS_COMMITTED -> gained.forEach((product, units) -> back.merge(product, units, Integer::sum));
            case STATUS_ROLLED_BACK -> held.forEach((product, units) -> back.merge(product, units, Integer::sum));
            default -> {
                // Outcome unknown: giving the held units back can only leave a counter high (harmless);
                // every touched product is recounted so one the database did gain is not left low.
                held.forEach((product, units) -> back.merge(product, units, Integer::sum));
                cut.addAll(held.keySet());
                cut.addAll(gained.keySet());
            }
        }
        back.forEach((product, units) -> {
            if (units != 0) {
                add.accept(product, units);
            }
        });
        if (status != STATUS_ROLLED_BACK) {
            cut.forEach(recount);
        }
    }
}
