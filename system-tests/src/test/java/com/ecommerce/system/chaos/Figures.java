package com.ecommerce.system.chaos;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run of a scenario measured: orders attempted, accepted (201) and terminal by status;
 * the placement requests sent and the transient refusals they met (by status code, or "no answer");
 * how long the fault lasted and how long after its end every accepted order was terminal and every
 * outbox empty; dead letters parked during the run (-1: not counted, the run failed first); notes the
 * fault adds; why it failed, if it did; and the day it ran (UTC, ISO).
 */
record Figures(String scenario, int run, int attempted, int accepted, int confirmed, int cancelled,
        long requests, Map<String, Long> refusals, double faultSeconds, double drainSeconds, long deadLetters,
        String notes, String failure, String day) {

    private static final int COLUMNS = 14;

    boolean passed() {
        return failure == null;
    }

    Figures failed(String why) {
        return new Figures(scenario, run, attempted, accepted, confirmed, cancelled, requests, refusals, faultSeconds,
                drainSeconds, deadLetters, notes, why, day);
    }

    /** One tab-separated line, for the report's record of runs ({@link #fromTsv} reads it back). */
    String toTsv() {
        String refused = refusals.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        return String.join("\t", scenario, String.valueOf(run), String.valueOf(attempted), String.valueOf(accepted),
                String.valueOf(confirmed), String.valueOf(cancelled), String.valueOf(requests), refused,
                String.format(Locale.ROOT, "%.1f", faultSeconds), String.format(Locale.ROOT, "%.1f", drainSeconds),
                String.valueOf(deadLetters), flat(notes), failure == null ? "" : "FAILED " + flat(failure), day);
    }

    static Figures fromTsv(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException("want " + COLUMNS + " tab-separated columns: " + line);
        }
        Map<String, Long> refused = new LinkedHashMap<>();
        Arrays.stream(c[7].split(";")).filter(item -> !item.isEmpty()).map(item -> item.split("=", 2))
                .forEach(kv -> refused.put(kv[0], Long.parseLong(kv[1])));
        return new Figures(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                Integer.parseInt(c[4]), Integer.parseInt(c[5]), Long.parseLong(c[6]), refused,
                Double.parseDouble(c[8]), Double.parseDouble(c[9]), Long.parseLong(c[10]), c[11],
                c[12].isEmpty() ? null : c[12].substring("FAILED ".length()), c[13]);
    }

    private static String flat(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    String line() {
        return "%s run %d: %s; attempted %d, accepted %d, confirmed %d, cancelled %d; %d requests, refused %s; "
                .formatted(scenario, run, passed() ? "passed" : "FAILED", attempted, accepted, confirmed, cancelled,
                        requests, refusals)
                + "fault %.1f s, drained %.1f s after; dead letters %d%s%s".formatted(faultSeconds, drainSeconds,
                        deadLetters, notes.isBlank() ? "" : "; " + notes, passed() ? "" : "; " + failure);
    }
}
