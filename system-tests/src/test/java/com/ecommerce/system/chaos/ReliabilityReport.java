package com.ecommerce.system.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code docs/reliability/README.md}: what each scenario does, whether every run of it passed, and
 * each run's figures. The runs are kept in {@code runs.tsv} next to it: a run of some scenarios
 * ({@code ./platform chaos <scenario ...> --runs 3 --report}) replaces their rows and keeps the
 * others; {@code ./platform chaos all --runs 3} replaces them all. Rewritten, never edited by hand.
 */
final class ReliabilityReport {

    private static final String RUNS_HEADER = "# scenario run attempted accepted confirmed cancelled requests "
            + "refusals fault_s drained_s dead_letters notes failure day (tab-separated; written by ChaosIT)";

    private ReliabilityReport() {
    }

    static void write(Path file, List<Scenario> scenariosRun, List<Figures> figures) throws IOException {
        Path runsFile = file.toAbsolutePath().resolveSibling("runs.tsv");
        List<Figures> all = merged(runsFile, scenariosRun, figures);
        Files.createDirectories(runsFile.getParent());
        Files.write(runsFile, Stream.concat(Stream.of(RUNS_HEADER), all.stream().map(Figures::toTsv)).toList());
        Files.writeString(file, markdown(all));
    }

    /** The runs kept from before, less those of the scenarios run now, plus these; in scenario order. */
    private static List<Figures> merged(Path runsFile, List<Scenario> scenariosRun, List<Figures> figures)
            throws IOException {
        Set<String> replaced = scenariosRun.stream().map(Scenario::name).collect(Collectors.toSet());
        List<Figures> kept = new ArrayList<>();
        if (Files.exists(runsFile)) {
            Files.readAllLines(runsFile).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(Figures::fromTsv).filter(f -> !replaced.contains(f.scenario())).forEach(kept::add);
        }
        kept.addAll(figures);
        List<String> order = Scenario.all().stream().map(Scenario::name).toList();
        kept.sort(Comparator.comparingInt((Figures f) -> order.indexOf(f.scenario())).thenComparingInt(Figures::run));
        return kept;
    }

    private static String markdown(List<Figures> figures) {
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: the chaos matrix\n\n")
                .append("Written by `./platform chaos all --runs 3` (every scenario) or `./platform chaos <scenario ...> ")
                .append("--runs 3 --report` (the rows of those scenarios), on ").append(machine()).append(". ")
                .append("The day of each scenario's runs is in the first table. Do not edit by hand: run the command ")
                .append("again.\n\n")
                .append("Each run places orders of one new product from eight new customers in three waves: one each ")
                .append("before the fault, one a second while it lasts (each retried with its Idempotency-Key while ")
                .append("the platform refuses it), one each after it healed. A run passes when every accepted order ")
                .append("is terminal within ").append(ChaosRun.TERMINAL_WITHIN.toSeconds())
                .append(" s of the fault's end, every outbox is empty, no unit is left held or oversold, ")
                .append("sold = confirmed, each confirmed order's payment captured its total once, no 500 was ")
                .append("answered, and the shop-wide invariants hold (stock conserved, money conserved to the cent, ")
                .append("at most one capture per order, every order terminal). Scenarios with a payment-provider ")
                .append("fault also check the provider's own ledger order by order.\n\n");
        md.append("## Scenarios\n\n| scenario | fault | runs passed | day |\n|---|---|---|---|\n");
        for (Scenario scenario : Scenario.all()) {
            List<Figures> mine = figures.stream().filter(f -> f.scenario().equals(scenario.name())).toList();
            long passed = mine.stream().filter(Figures::passed).count();
            md.append("| `").append(scenario.name()).append("` | ").append(scenario.description()).append(" | ")
                    .append(mine.isEmpty() ? "not run" : passed + " / " + mine.size()).append(" | ")
                    .append(mine.stream().map(Figures::day).distinct().collect(Collectors.joining(", ")))
                    .append(" |\n");
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
        return md.toString();
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
