package com.ecommerce.system.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code docs/reliability/README.md}: what each scenario does, whether every run of it passed, and
 * each run's figures. Written by {@code ./platform chaos all --runs 3}; rewritten, not edited by hand.
 */
final class ReliabilityReport {

    private ReliabilityReport() {
    }

    static void write(Path file, List<Scenario> scenarios, int runs, List<Figures> figures) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: the chaos matrix\n\n")
                .append("Written by `./platform chaos all --runs ").append(runs).append("` on ")
                .append(LocalDate.now(ZoneOffset.UTC)).append(" (").append(machine()).append("). ")
                .append("Do not edit by hand: run the command again.\n\n")
                .append("Each run places orders of one new product from eight new customers in three waves: one each ")
                .append("before the fault, one a second while it lasts (each retried with its Idempotency-Key while ")
                .append("the platform refuses it), one each after it healed. A run passes when every accepted order ")
                .append("is terminal within ").append(ChaosRun.TERMINAL_WITHIN.toSeconds())
                .append(" s of the fault's end, every outbox is empty, no unit is left held or oversold, ")
                .append("sold = confirmed, each confirmed order's payment captured its total once, no 500 was ")
                .append("answered, and the shop-wide invariants hold (stock conserved, money conserved to the cent, ")
                .append("at most one capture per order, every order terminal). Scenarios with a payment-provider ")
                .append("fault also check the provider's own ledger order by order.\n\n");
        md.append("## Scenarios\n\n| scenario | fault | runs passed |\n|---|---|---|\n");
        for (Scenario scenario : scenarios) {
            List<Figures> mine = figures.stream().filter(f -> f.scenario().equals(scenario.name())).toList();
            long passed = mine.stream().filter(Figures::passed).count();
            md.append("| `").append(scenario.name()).append("` | ").append(scenario.description()).append(" | ")
                    .append(passed).append(" / ").append(mine.size()).append(" |\n");
        }
        md.append("\n## Figures per run\n\n")
                .append("Attempted: placements; accepted: orders created (201). Refusals: the transient answers ")
                .append("placements met and retried, by status (\"no answer\": no connection). Fault: seconds from ")
                .append("injection to healing. Drained: seconds from healing until every accepted order was terminal ")
                .append("and every outbox empty. Dead letters: records parked during the run.\n\n")
                .append("| scenario | run | result | attempted | accepted | confirmed | cancelled | requests | refusals ")
                .append("| fault s | drained s | dead letters | notes |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Figures f : figures) {
            md.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %d | %d | %d | %d | %d | %s | %.1f | %.1f | %s | %s |%n",
                    f.scenario(), f.run(), f.passed() ? "passed" : "**failed**", f.attempted(), f.accepted(),
                    f.confirmed(), f.cancelled(), f.requests(), refusals(f), f.faultSeconds(), f.drainSeconds(),
                    f.deadLetters() < 0 ? "?" : String.valueOf(f.deadLetters()),
                    cell(f.passed() ? f.notes() : f.failure())));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md);
    }

    private static String refusals(Figures f) {
        return f.refusals().isEmpty() ? "none" : f.refusals().entrySet().stream()
                .map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private static String machine() {
        String memory = "";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> ", " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB memory")
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // The machine's memory is context, not a figure the report depends on.
        }
        return Runtime.getRuntime().availableProcessors() + " cores" + memory + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
