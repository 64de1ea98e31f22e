package com.ecommerce.system.chaos;

import java.util.Map;

/**
 * What one run of a scenario measured: orders attempted, accepted (201) and terminal by status;
 * the placement requests sent and the transient refusals they met (by status code, or "no answer");
 * how long the fault lasted and how long after its end every accepted order was terminal and every
 * outbox empty; dead letters parked during the run (-1: not counted, the run failed first); notes the fault adds; and why it failed, if it did.
 */
record Figures(String scenario, int run, int attempted, int accepted, int confirmed, int cancelled,
        long requests, Map<String, Long> refusals, double faultSeconds, double drainSeconds, long deadLetters,
        String notes, String failure) {

    boolean passed() {
        return failure == null;
    }

    Figures failed(String why) {
        return new Figures(scenario, run, attempted, accepted, confirmed, cancelled, requests, refusals, faultSeconds,
                drainSeconds, deadLetters, notes, why);
    }

    String line() {
        return "%s run %d: %s; attempted %d, accepted %d, confirmed %d, cancelled %d; %d requests, refused %s; "
                .formatted(scenario, run, passed() ? "passed" : "FAILED", attempted, accepted, confirmed, cancelled,
                        requests, refusals)
                + "fault %.1f s, drained %.1f s after; dead letters %d%s%s".formatted(faultSeconds, drainSeconds,
                        deadLetters, notes.isBlank() ? "" : "; " + notes, passed() ? "" : "; " + failure);
    }
}
