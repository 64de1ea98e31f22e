package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservation strategies side by side (./platform bench inventory): the seed's optimistic lock
 * with retry, the guarded atomic update (SQL alone, and the service's full reserve path with
 * reservation, history and outbox rows), for one hot product and for many products; then the
 * same SQL through pgbench for the ceiling. Prints a table; asserts that nothing was oversold.
 */
@InventoryIT
@TestPropertySource(properties = "spring.datasource.hikari.connection-timeout=120000")
class ReservationBenchmark {

    static final int BUYERS = 200;
    static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    static final int HOT_UNITS = 10_000;

    @Autowired
    StockReservations reservations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void compareStrategies() throws Exception {
        StockProbe probe = new StockProbe(jdbc);
        List<String> rows = new ArrayList<>();
        for (boolean hot : List.of(true, false)) {
            String shape = hot ? "1 hot product" : "1000 products";
            rows.add(run("optimistic lock + retry (seed)", shape, stock(probe, hot), this::optimistic));
            rows.add(run("guarded update (SQL only)", shape, stock(probe, hot), this::guarded));
            rows.add(run("guarded update (full service path)", shape, stock(probe, hot), this::service));
        }
        rows.addAll(Pgbench.run(probe));
        System.out.println("\n| strategy | products | reservations/s | p99 ms | conflicts/retries | oversold |\n|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private List<ProductId> stock(StockProbe probe, boolean hot) {
        List<ProductId> products = new ArrayList<>();
        for (int i = 0; i < (hot ? 1 : 1000); i++) {
            products.add(probe.stocked(hot ? HOT_UNITS : HOT_UNITS / 100));
        }
        return products;
    }

    private String run(String name, String shape, List<ProductId> products, Function<ProductId, Boolean> reserve)
            throws Exception {
        AtomicLong retries = new AtomicLong();
        this.retries = retries;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Boolean>> buyers = new ArrayList<>();
        AtomicLong next = new AtomicLong();
        long deadline = System.nanoTime() + WINDOW.toNanos();
        for (int b = 0; b < BUYERS; b++) {
            buyers.add(() -> {
                long i;
                while (System.nanoTime() < deadline) {
                    i = next.getAndIncrement();
                    long start = System.nanoTime();
                    reserve.apply(products.get((int) (i % products.size())));
                    latencies.add(System.nanoTime() - start);
                }
                return true;
            });
        }
        long start = System.nanoTime();
        ReservationConcurrencyIT.runTogether(buyers);
        double seconds = (System.nanoTime() - start) / 1e9;
        long oversold = products.stream().mapToLong(p -> jdbc.sql(
                "select count(*) from stock where product_id = ? and (available < 0 or reserved < 0)")
                .param(p.value()).query(Long.class).single()).sum();
        assertThat(oversold).isZero();
        Collections.sort(latencies);
        long p99 = latencies.get((int) (latencies.size() * 0.99)) / 1_000_000;
        long reserved = products.stream().mapToLong(p -> jdbc.sql("select reserved from stock where product_id = ?")
                .param(p.value()).query(Long.class).single()).sum();
        return "| %s | %s | %.0f | %d | %d | %d |".formatted(name, shape, reserved / seconds, p99, retries.get(), oversold);
    }

    private AtomicLong retries;

    /** The seed: read the row with its version, write if unchanged, retry up to 5 times 50 ms apart. */
    private boolean optimistic(ProductId product) {
        for (int attempt = 0; attempt < 6; attempt++) {
            Boolean done = transactions.execute(status -> {
                var row = jdbc.sql("select available, version from stock where product_id = ?").param(product.value())
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
                if (row[0] < 1) {
                    return true;
                }
                return jdbc.sql("""
                        update stock set available = available - 1, reserved = reserved + 1, version = version + 1
                         where product_id = ? and version = ?""").params(product.value(), row[1]).update() == 1;
            });
            if (Boolean.TRUE.equals(done)) {
                return true;
            }
            retries.incrementAndGet();
            sleepBackoff();
        }
        return false;
    }

    private boolean guarded(ProductId product) {
        return Boolean.TRUE.equals(transactions.execute(status -> jdbc.sql("""
                update stock set available = available - 1, reserved = reserved + 1, version = version + 1
                 where product_id = ? and available >= 1""").param(product.value()).update() == 1));
    }

    private boolean service(ProductId product) {
        return reservations.reserve(new ReserveStock(ReservationFixtures.newOrderId(),
                List.of(new Demand.Line(product, 1)))) == com.ecommerce.inventory.domain.ReservationStatus.ACTIVE;
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
