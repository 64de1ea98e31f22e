package com.ecommerce.system.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReliabilityReportTest {

    @TempDir
    Path dir;

    @Test
    void aRunOfSomeScenariosReplacesTheirRowsAndKeepsTheOthers() throws Exception {
        Path report = dir.resolve("README.md");
        ReliabilityReport.write(report, Scenario.named("kafka-outage,redis-outage"),
                List.of(figures("kafka-outage", 1, null), figures("redis-outage", 1, "AssertionError: a\tb\nc")));

        ReliabilityReport.write(report, Scenario.named("kafka-outage"),
                List.of(figures("kafka-outage", 1, null), figures("kafka-outage", 2, null)));

        List<String> runs = Files.readAllLines(dir.resolve("runs.tsv")).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(runs).hasSize(3);
        Figures kept = Figures.fromTsv(runs.get(2));
        assertThat(kept.scenario()).isEqualTo("redis-outage");
        assertThat(kept.failure()).isEqualTo("AssertionError: a b c");
        assertThat(kept.refusals()).containsExactly(Map.entry("503", 3L), Map.entry("no answer", 1L));
        assertThat(Files.readString(report))
                .contains("| `kafka-outage` | the Kafka broker stopped for 30 s mid-batch, then started | 2 / 2 | 2026-12-08 |")
                .contains("| `redis-outage` | Redis stopped for 30 s mid-checkout, then started | 0 / 1 | 2026-12-08 |")
                .contains("| `offset-rewind` |").contains("| not run |");
    }

    @Test
    void figuresSurviveTheirTsvLine() {
        Figures original = figures("payment-5xx", 3, null);
        assertThat(Figures.fromTsv(original.toTsv())).isEqualTo(original);
    }

    private static Figures figures(String scenario, int run, String failure) {
        Map<String, Long> refused = new LinkedHashMap<>();
        refused.put("503", 3L);
        refused.put("no answer", 1L);
        return new Figures(scenario, run, 56, 56, 50, 6, 90, refused, 30.5, 7.0, 0, "notes", failure, "2026-12-08");
    }
}
