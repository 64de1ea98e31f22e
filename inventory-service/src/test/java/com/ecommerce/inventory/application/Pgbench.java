package com.ecommerce.inventory.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's SQL run by pgbench with as many clients as the service has pooled connections
 * (16): the database's ceiling on this machine, with no JVM, pool or ORM in between. Stock is
 * ample, so the run measures selling, not rejecting. The service-shaped transaction writes to
 * scratch copies of its tables (same columns and indexes), so no outbox relay publishes them and
 * no sweeper expires them.
 */
final class Pgbench implements AutoCloseable {

    static final int CLIENTS = 16;
    /** The guarded reservation of one unit; {@code %s} is the product (a literal, a parameter or an expression). */
    static final String GUARDED_SQL = "update stock set available = available - 1, reserved = reserved + 1, "
            + "version = version + 1, updated_at = now() where product_id = %s and available >= 1";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final List<String> SCRATCH = List.of("stock_history", "outbox_message", "reservation",
            "reservation_line");

    enum Sql {
        GUARDED_UPDATE("guarded update alone (begin; update; commit)"),
        SERVICE_TRANSACTION("the service's reserve transaction (select, guarded update, history, "
                + "2 outbox rows, reservation, line)");

        final String label;

        Sql(String label) {
            this.label = label;
        }
    }

    /** @param tps empty if pgbench failed, with its last words in {@code note} */
    record Ceiling(Sql sql, boolean hot, Optional<Double> tps, String note) {
    }

    private final JdbcClient jdbc;
    private final String prefix = "pgb-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private Pgbench(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stocks 1 + 1,000 products for pgbench and creates the scratch tables; {@link #close} drops them. */
    static Pgbench open(JdbcClient jdbc) {
        Pgbench pgbench = new Pgbench(jdbc);
        jdbc.sql("""
                insert into stock (product_id, available, reserved, sold, version, created_at, updated_at)
                select :prefix || n, 10000000, 0, 0, 0, now(), now() from generate_series(0, 1000) n""")
                .param("prefix", pgbench.prefix).update();
        SCRATCH.forEach(table -> jdbc.sql("create table if not exists bench_%s (like %s including all)"
                .formatted(table, table)).update());
        return pgbench;
    }

    Ceiling measure(Sql sql, boolean hot) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            return new Ceiling(sql, hot, Optional.empty(), "pgbench not installed");
        }
        return hot ? run(sql, true, script(sql, "'" + prefix + "0'"))
                : run(sql, false, "\\set n random(1, 1000)\n" + script(sql, "'" + prefix + "' || :n"));
    }

    @Override
    public void close() {
        SCRATCH.forEach(table -> jdbc.sql("drop table if exists bench_" + table).update());
    }

    private static String script(Sql sql, String product) {
        if (sql == Sql.GUARDED_UPDATE) {
            // In a transaction like the Java rows: the row stays locked until the commit's round trip.
            return "begin;\n" + GUARDED_SQL.formatted(product) + ";\ncommit;\n";
        }
        // The service reads the levels the update leaves, for the history row.
        String guarded = GUARDED_SQL.formatted(product) + " returning available, reserved, sold;\n";
        // The statements of StockReservations.reserve for a one-line order, in its order (the
        // reservation and its line are flushed by JPA at commit); ids stand in for TSIDs.
        String outbox = "insert into bench_outbox_message (id, topic, message_key, message_type, event_id, payload, "
                + "created_at) values (:id%d, 'bench', %s, 'Bench', gen_random_uuid()::text, decode(repeat('ab', 60), 'hex'), now());\n";
        return "\\set id random(1, 4000000000000000000)\n\\set id1 :id + 1\n\\set id2 :id + 2\n"
                + "\\set order random(1, 1000000000000)\n"
                + "begin;\n"
                + "select id, status from bench_reservation where order_id = 'o-' || :order;\n"
                + guarded
                + "insert into bench_stock_history (id, product_id, change_type, quantity, available_before, available_after, "
                + "reserved_before, reserved_after, sold_before, sold_after, reason, order_id, created_at) values (:id, "
                + product + ", 'RESERVE', 1, 1, 0, 0, 1, 0, 0, 'reserved', 'o-' || :order, now());\n"
                + outbox.formatted(1, product)
                + outbox.formatted(2, "'o-' || :order")
                + "insert into bench_reservation (id, order_id, status, expires_at, created_at, updated_at, version) values "
                + "(:id, 'o-' || :order, 'ACTIVE', now() + interval '15 minutes', now(), now(), 0);\n"
                + "insert into bench_reservation_line (reservation_id, product_id, quantity) values (:id, " + product + ", 1);\n"
                + "commit;\n";
    }

    private static Ceiling run(Sql sql, boolean hot, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("reserve", ".sql");
        Files.writeString(file, script);
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-h", "127.0.0.1",
                "-U", "inventory", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", "10", "-f", file.toString(),
                "inventory_it").redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "inventory");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Files.delete(file);
        Matcher tps = TPS.matcher(output);
        return tps.find() ? new Ceiling(sql, hot, Optional.of(Double.parseDouble(tps.group(1))), "")
                : new Ceiling(sql, hot, Optional.empty(), output.lines().reduce((a, b) -> b).orElse("no output"));
    }
}
