package com.ecommerce.inventory.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's tables: every measured pass, the mean per strategy, and pgbench's ceiling against it. */
final class BenchReport {

    static final String SQL = "guarded update (SQL only)";
    static final String GATED_SQL = "Redis gate + guarded update (SQL only)";
    static final String SERVICE = "guarded update (full service path)";
    static final String GATED_SERVICE = "Redis gate + guarded update (full service path)";

    private final List<String> passes = new ArrayList<>();
    private final Map<String, List<Double>> rates = new LinkedHashMap<>();
    private final List<Pgbench.Ceiling> ceilings = new ArrayList<>();

    void row(String name, boolean hot, BenchLoad.Result r, String conflicts) {
        String soldOutAfter = !hot ? "–" : r.soldOut() ? "%.1f s".formatted(r.sellingSeconds())
                : "not within %d s".formatted(BenchLoad.SELL_OUT_BOUND.toSeconds());
        String rejections = r.soldOut() ? "%,.0f".formatted(r.rejectionsPerSecondSoldOut()) : "–";
        passes.add("| %s | %s | %,.0f | %,d | %s | %,d | %s | %s |".formatted(name, shape(hot), r.perSecond(),
                r.p99Millis(), conflicts, r.sold(), soldOutAfter, rejections));
        rates.computeIfAbsent(name + " | " + shape(hot), key -> new ArrayList<>()).add(r.perSecond());
    }

    void ceiling(Pgbench.Ceiling ceiling) {
        ceilings.add(ceiling);
    }

    String table() {
        StringBuilder out = new StringBuilder("""

                | strategy | products | reservations/s | p99 ms | conflicts / gate | sold (= DB reserved) | sold out after | rejections/s once sold out |
                |---|---|---|---|---|---|---|---|
                """);
        passes.forEach(row -> out.append(row).append('\n'));
        out.append("\n| strategy | products | mean reservations/s | passes |\n|---|---|---|---|\n");
        rates.forEach((key, values) -> out.append("| %s | %,.0f | %s |\n".formatted(key, mean(values),
                values.stream().map("%,.0f"::formatted).toList())));
        out.append("\n| same SQL through pgbench, %d clients | products | pgbench tps | Java mean/s | Java / pgbench |\n"
                .formatted(Pgbench.CLIENTS)).append("|---|---|---|---|---|\n");
        ceilings.forEach(c -> {
            List<Double> java = rates.get((c.sql() == Pgbench.Sql.GUARDED_UPDATE ? SQL : SERVICE) + " | " + shape(c.hot()));
            out.append("| %s | %s | %s | %s | %s |\n".formatted(c.sql().label, shape(c.hot()),
                    c.tps().map("%,.0f"::formatted).orElse("failed: " + c.note()),
                    java == null ? "–" : "%,.0f".formatted(mean(java)),
                    java == null || c.tps().isEmpty() ? "–" : "%.0f %%".formatted(100 * mean(java) / c.tps().get())));
        });
        return out.toString();
    }

    private static String shape(boolean hot) {
        return hot ? "1 hot (10,000 units)" : "1,000 (100 units each)";
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
