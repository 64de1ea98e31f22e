package com.ecommerce.system.chaos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.ecommerce.system.PlatformProcesses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The chaos scenarios ({@link Scenario}) against the running platform, each run
 * {@code chaos.runs} times in a row. {@code ./platform test} runs a short subset once (the
 * system-tests pom's default {@code chaos.scenarios}); {@code ./platform chaos all --runs 3} runs
 * the full matrix and writes {@code docs/reliability/README.md} ({@code chaos.report}; with
 * {@code --report}, a run of some scenarios replaces only their rows).
 */
class ChaosIT {

    private static final String SCENARIOS = System.getProperty("chaos.scenarios", "kafka-outage");
    private static final int RUNS = Integer.getInteger("chaos.runs", 1);
    private static final String REPORT = System.getProperty("chaos.report", "");
    private static final List<Figures> FIGURES = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void controllablePlatform() {
        PlatformProcesses.assumeControllable();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioKeepsEveryOrderAndTheInvariants() {
        return Scenario.named(SCENARIOS).stream().flatMap(scenario -> IntStream.rangeClosed(1, RUNS).mapToObj(run ->
                DynamicTest.dynamicTest(scenario.name() + " run " + run, () -> {
                    Figures figures = new ChaosRun(scenario, run).execute();
                    FIGURES.add(figures);
                    System.out.println("chaos: " + figures.line());
                    if (!figures.passed()) {
                        throw new AssertionError(figures.line());
                    }
                })));
    }

    @AfterAll
    static void report() throws IOException {
        FIGURES.forEach(f -> System.out.println("chaos: " + f.line()));
        if (!REPORT.isBlank() && !FIGURES.isEmpty()) {
            ReliabilityReport.write(Path.of(REPORT), Scenario.named(SCENARIOS), FIGURES);
            System.out.println("chaos: report written to " + REPORT);
        }
    }
}
