package com.ecommerce.inventory.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.ProductId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resets the gate's counters from the database, the source of truth: every tracked counter on a
 * schedule (the first run right at start), and a product met without a counter soon after. Each
 * batch reads its stock rows {@code FOR UPDATE} (in product-id order, like reservations, so it
 * cannot deadlock with them) and writes the counters while it holds them, so no movement commits
 * between reading a level and writing it. A movement in flight can then only leave a counter high
 * (it costs a database attempt, never a unit); a counter left low by a crash or a Redis failure is
 * corrected by the next run at the latest.
 */
@Component
class GateReconciliation {

    private final GateCounters counters;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final InventoryProperties.Gate settings;
    private final Set<ProductId> requested = ConcurrentHashMap.newKeySet();

    GateReconciliation(GateCounters counters, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            InventoryProperties properties) {
        this.counters = counters;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = properties.gate();
    }

    /** Asks for the product's counter to be (re)set from the database soon, off the caller's transaction. */
    void request(ProductId product) {
        requested.add(product);
    }

    @Scheduled(fixedDelayString = "${ecommerce.inventory.gate.reconcile-interval:30s}")
    void reconcileOnSchedule() {
        if (settings.enabled()) {
            reconcileAll();
        }
    }

    @Scheduled(fixedDelayString = "${ecommerce.inventory.gate.seed-delay:500ms}")
    void seedRequested() {
        if (!settings.enabled() || requested.isEmpty()) {
            return;
        }
        List<ProductId> batch = new ArrayList<>();
        for (ProductId product : requested) {
            if (batch.size() == settings.batchSize()) {
                break;
            }
            requested.remove(product);
            batch.add(product);
        }
        reconcile(batch);
    }

    /** @return true if every tracked counter now equals its product's available units and the gate is trusted */
    boolean reconcileAll() {
        long failuresAtStart = counters.failures();
        Optional<List<String>> tracked = counters.trackedProducts();
        if (tracked.isEmpty()) {
            return false;
        }
        List<String> products = tracked.get();
        for (int from = 0; from < products.size(); from += settings.batchSize()) {
            List<String> batch = products.subList(from, Math.min(products.size(), from + settings.batchSize()));
            if (!resetFromDatabase(batch)) {
                return false;
            }
        }
        counters.reconciled(failuresAtStart);
        return counters.trusted();
    }

    /** Sets these products' counters from the database, starting to track the ones without a counter. */
    boolean reconcile(Collection<ProductId> products) {
        return resetFromDatabase(products.stream().map(ProductId::value).toList());
    }

    private boolean resetFromDatabase(List<String> products) {
        List<String> sorted = products.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return true;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            jdbc.sql("select product_id, available from stock where product_id in (:ids) "
                    + "order by product_id for update")
                    .param("ids", sorted)
                    .query(rs -> {
                        levels.put(rs.getString(1), rs.getInt(2));
                    });
            List<String> gone = sorted.stream().filter(product -> !levels.containsKey(product)).toList();
            return counters.reset(levels) && counters.forget(gone);
        }));
    }
}
