package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.application.BenchLoad.Attempt;
import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.ReservationStatus;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reservation strategies side by side (./platform bench inventory): the seed's optimistic lock
 * with retry, the guarded atomic update (SQL alone, and the service's full reserve path), and the
 * same two behind the Redis admission gate; a flash sale (one product, 10,000 units, run until
 * sold out) and 1,000 products; the same SQL through pgbench for the ceiling. This class's context
 * has the gate off, the nested one has it on, and the nested test drives both, so each pair runs
 * back to back in A-B-B-A order and drift on a shared machine favours neither. Every row asserts
 * that it sold no more than it stocked and exactly what the database holds as reserved.
 *
 * <p>Spring injects a nested test's enclosing instance from the nested class's context, so the
 * gate-off beans are taken from this class's context explicitly ({@link #withoutTheGate}).
 */
@InventoryIT
@Import(ReservationBenchmark.BenchTopic.class)
// The run leaves hundreds of thousands of reservations in inventory_it: they must never fall due,
// or the next test run's expiry sweep would spend minutes releasing them.
@TestPropertySource(properties = {"spring.datasource.hikari.connection-timeout=120000",
        "spring.kafka.listener.auto-startup=false", "ecommerce.inventory.topics.events=" + ReservationBenchmark.EVENTS,
        "ecommerce.inventory.reservation-ttl=3650d"})
class ReservationBenchmark {

    static final String EVENTS = "bench.inventory.events";
    static final int HOT_UNITS = 10_000;
    static final int PRODUCTS = 1_000;
    static final int UNITS_EACH = 100;

    StockReservations reservations;
    JdbcClient jdbc;
    TransactionTemplate transactions;

    /** This class's own context (the gate off), loaded or taken from the test context cache. */
    void withoutTheGate() {
        ApplicationContext plain = new TestContextManager(ReservationBenchmark.class).getTestContext()
                .getApplicationContext();
        assertThat(plain.getBean(InventoryProperties.class).gate().enabled()).isFalse();
        reservations = plain.getBean(StockReservations.class);
        jdbc = plain.getBean(JdbcClient.class);
        transactions = plain.getBean(TransactionTemplate.class);
    }

    @Nested
    @TestPropertySource(properties = "ecommerce.inventory.gate.enabled=true")
    class SideBySide {

        @Autowired
        StockReservations gatedReservations;
        @Autowired
        AdmissionGate gate;
        @Autowired
        GateReconciliation reconciliation;
        @Autowired
        GateCounters counters;
        @Autowired
        MeterRegistry meters;
        @Autowired
        TransactionTemplate gatedTransactions;
        @Autowired
        JdbcClient gatedJdbc;

        @Test
        void everyStrategyOnAFlashSaleAndOnManyProducts() throws Exception {
            withoutTheGate();
            assertThat(gatedReservations).isNotSameAs(reservations);
            BenchReport report = new BenchReport();
            warmUp();
            try (Pgbench pgbench = Pgbench.open(jdbc)) {
                for (boolean hot : List.of(true, false)) {
                    SqlStrategies plain = new SqlStrategies(transactions, jdbc, new AtomicLong());
                    SqlStrategies gated = new SqlStrategies(gatedTransactions, gatedJdbc, new AtomicLong());
                    report.row("optimistic lock + retry (seed)", hot, measure(stock(hot), hot, plain::optimistic),
                            "%,d retries".formatted(plain.retries().get()));
                    for (boolean gateFirst : List.of(false, true)) {
                        sqlPair(report, hot, plain, gated, gateFirst);
                    }
                    for (boolean gateFirst : List.of(false, true)) {
                        servicePair(report, hot, gateFirst);
                    }
                    // After the Java rows: pgbench's burst of writes slowed whichever pass came next.
                    report.ceiling(pgbench.measure(Pgbench.Sql.GUARDED_UPDATE, hot));
                    report.ceiling(pgbench.measure(Pgbench.Sql.SERVICE_TRANSACTION, hot));
                }
            }
            System.out.println(report.table());
        }

        /** Without it the first pass of each path came out up to a third slower than its later passes. */
        private void warmUp() throws Exception {
            SqlStrategies plain = new SqlStrategies(transactions, jdbc, new AtomicLong());
            SqlStrategies gated = new SqlStrategies(gatedTransactions, gatedJdbc, new AtomicLong());
            List<Function<ProductId, Attempt>> paths = List.of(plain::optimistic, plain::guarded,
                    product -> gatedSql(gated, product), product -> reserveOne(reservations, product),
                    product -> reserveOne(gatedReservations, product));
            for (Function<ProductId, Attempt> path : paths) {
                List<ProductId> products = stock(false);
                assertThat(reconciliation.reconcile(products)).isTrue();
                BenchLoad.warmUp(products, path);
                counters.forget(products.stream().map(ProductId::value).toList());
                cleanUpAfter(products);
            }
        }

        private void sqlPair(BenchReport report, boolean hot, SqlStrategies plain, SqlStrategies gated,
                boolean gateFirst) throws Exception {
            for (boolean gateOn : List.of(gateFirst, !gateFirst)) {
                if (gateOn) {
                    gatedRow(report, BenchReport.GATED_SQL, hot, product -> gatedSql(gated, product));
                } else {
                    report.row(BenchReport.SQL, hot, measure(stock(hot), hot, plain::guarded), "0");
                }
            }
        }

        private void servicePair(BenchReport report, boolean hot, boolean gateFirst) throws Exception {
            for (boolean gateOn : List.of(gateFirst, !gateFirst)) {
                if (gateOn) {
                    gatedRow(report, BenchReport.GATED_SERVICE, hot, product -> reserveOne(gatedReservations, product));
                } else {
                    report.row(BenchReport.SERVICE, hot, measure(stock(hot), hot,
                            product -> reserveOne(reservations, product)), "0");
                }
            }
        }

        private void gatedRow(BenchReport report, String name, boolean hot, Function<ProductId, Attempt> strategy)
                throws Exception {
            List<ProductId> products = stock(hot);
            assertThat(reconciliation.reconcile(products)).as("counters seeded").isTrue();
            assertThat(reconciliation.reconcileAll()).as("gate trusted").isTrue();
            Supplier<String> decisions = decisionsSince();
            report.row(name, hot, measure(products, hot, strategy), decisions.get());
            // Tracked counters of benchmark products would only slow every later reconciliation.
            assertThat(counters.forget(products.stream().map(ProductId::value).toList())).isTrue();
        }

        private Attempt gatedSql(SqlStrategies sql, ProductId product) {
            return gatedTransactions.execute(status -> {
                if (!gate.admit(product, 1)) {
                    return Attempt.REJECTED;
                }
                if (sql.guardedUpdate(product)) {
                    return Attempt.RESERVED;
                }
                gate.unused(product, 1);
                return Attempt.REJECTED;
            });
        }

        private Supplier<String> decisionsSince() {
            double refused = decisions("refused");
            double bypassed = decisions("bypassed");
            return () -> "%,.0f refused early, %,.0f unchecked".formatted(decisions("refused") - refused,
                    decisions("bypassed") - bypassed);
        }

        private double decisions(String outcome) {
            return meters.get("inventory.gate.decisions").tag("outcome", outcome).counter().count();
        }
    }

    /** Hundreds of thousands of replies go to a topic of their own, kept minutes, which no test reads. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BenchTopic {

        @Bean
        KafkaAdmin.NewTopics benchInventoryEvents() {
            return new KafkaAdmin.NewTopics(new NewTopic(EVENTS, 3, (short) 1)
                    .configs(Map.of("retention.ms", "600000", "segment.ms", "600000")));
        }
    }

    private BenchLoad.Result measure(List<ProductId> products, boolean hot, Function<ProductId, Attempt> strategy)
            throws Exception {
        BenchLoad.Result result = hot ? BenchLoad.untilSoldOut(products.getFirst(), HOT_UNITS, strategy)
                : BenchLoad.forWindow(products, strategy);
        long reserved = products.stream().mapToLong(p -> jdbc.sql("select reserved from stock where product_id = ?")
                .param(p.value()).query(Long.class).single()).sum();
        assertThat(result.sold()).as("sold no more than stocked")
                .isLessThanOrEqualTo((long) (hot ? HOT_UNITS : PRODUCTS * UNITS_EACH))
                .as("every success is reserved in the database, and nothing else").isEqualTo(reserved);
        cleanUpAfter(products);
        return result;
    }

    private void cleanUpAfter(List<ProductId> products) {
        // Otherwise tens of thousands of these come due in 15 minutes, and the next test run's
        // sweepers (which drain everything due) spend minutes expiring them.
        jdbc.sql("""
                update reservation set expires_at = expires_at + interval '100 years'
                 where status = 'ACTIVE'
                   and id in (select reservation_id from reservation_line where product_id in (:ids))""")
                .param("ids", products.stream().map(ProductId::value).toList()).update();
        // The next row starts without this one's replies still being relayed to Kafka.
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.sql("select count(*) from outbox_message").query(Long.class).single() == 0);
    }

    private List<ProductId> stock(boolean hot) {
        StockProbe probe = new StockProbe(jdbc);
        List<ProductId> products = new ArrayList<>();
        for (int i = 0; i < (hot ? 1 : PRODUCTS); i++) {
            products.add(probe.stocked(hot ? HOT_UNITS : UNITS_EACH));
        }
        return products;
    }

    private static Attempt reserveOne(StockReservations through, ProductId product) {
        return through.reserve(new ReserveStock(ReservationFixtures.newOrderId(), List.of(new Demand.Line(product, 1))))
                == ReservationStatus.ACTIVE ? Attempt.RESERVED : Attempt.REJECTED;
    }
}
