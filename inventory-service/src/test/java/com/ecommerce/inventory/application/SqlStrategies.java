package com.ecommerce.inventory.application;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.ecommerce.inventory.application.BenchLoad.Attempt;
import com.ecommerce.inventory.domain.ProductId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The benchmark's reservation strategies in bare SQL, one unit per attempt, one transaction each. */
record SqlStrategies(TransactionTemplate transactions, JdbcClient jdbc, AtomicLong retries) {

    /** The seed: read the row with its version, write if unchanged, retry up to 5 times 50 ms apart. */
    Attempt optimistic(ProductId product) {
        for (int attempt = 0; attempt < 6; attempt++) {
            // GAVE_UP here means "the version moved": retried, and final only after the last attempt.
            Attempt outcome = transactions.execute(status -> {
                var row = jdbc.sql("select available, version from stock where product_id = ?").param(product.value())
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                if (row[0] < 1) {
                    return Attempt.REJECTED;
                }
                return jdbc.sql("""
                        update stock set available = available - 1, reserved = reserved + 1, version = version + 1
                         where product_id = ? and version = ?""").params(product.value(), row[1]).update() == 1
                        ? Attempt.RESERVED : Attempt.GAVE_UP;
            });
            if (outcome != Attempt.GAVE_UP) {
                return outcome;
            }
            retries.incrementAndGet();
            sleepBackoff();
        }
        return Attempt.GAVE_UP;
    }

    Attempt guarded(ProductId product) {
        return Boolean.TRUE.equals(transactions.execute(status -> guardedUpdate(product)))
                ? Attempt.RESERVED : Attempt.REJECTED;
    }

    /** The statement pgbench runs too; in the caller's transaction. */
    boolean guardedUpdate(ProductId product) {
        return jdbc.sql(Pgbench.GUARDED_SQL.formatted("?")).param(product.value()).update() == 1;
    }

    // The seed's @Retryable backoff (50 ms); a benchmark thread may wait, a test never does.
    private static void sleepBackoff() {
        try {
            Thread.sleep(Duration.ofMillis(50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
