package com.ecommerce.inventory.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.domain.ProductId;

/** The same guarded SQL, plus a reservation-sized insert, run by pgbench: the database's ceiling here. */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {
    }

    static List<String> run(StockProbe probe) throws Exception {
        List<String> rows = new ArrayList<>();
        if (!Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            rows.add("| pgbench | – | not installed | | | |");
            return rows;
        }
        ProductId hot = probe.stocked(10_000_000);
        rows.add(row("1 hot product", 8, script("'" + hot.value() + "'")));
        rows.add(row("1 hot product", 32, script("'" + hot.value() + "'")));
        return rows;
    }

    private static String script(String productExpression) {
        return """
                begin;
                update stock set available = available - 1, reserved = reserved + 1, version = version + 1 where product_id = %s and available >= 1;
                insert into stock_history (id, product_id, change_type, quantity, available_before, available_after, reserved_before, reserved_after, sold_before, sold_after, created_at) values ((random() * 9e18)::bigint, %s, 'BENCH', 1, 0, 0, 0, 0, 0, 0, now());
                commit;
                """.formatted(productExpression, productExpression);
    }

    private static String row(String shape, int clients, String sql) throws IOException, InterruptedException {
        Path file = Files.createTempFile("reserve", ".sql");
        Files.writeString(file, sql);
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-U", "inventory",
                "-c", String.valueOf(clients), "-j", "2", "-T", "10", "-f", file.toString(), "inventory_it")
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "inventory");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        Matcher tps = TPS.matcher(output);
        return "| pgbench guarded update + insert, %d clients | %s | %s | | | |".formatted(clients, shape,
                tps.find() ? tps.group(1) : "failed: " + output.lines().reduce((a, b) -> b).orElse(""));
    }
}
