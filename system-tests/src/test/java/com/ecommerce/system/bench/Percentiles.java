package com.ecommerce.system.bench;

import java.util.List;

/** p50 / p90 / p99 / max of a sample in milliseconds, nearest-rank. */
record Percentiles(long p50, long p90, long p99, long max) {

    static Percentiles of(List<Long> millis) {
        if (millis.isEmpty()) {
            return new Percentiles(0, 0, 0, 0);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return new Percentiles(rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), sorted.getLast());
    }

    private static long rank(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    @Override
    public String toString() {
        return "p50 %d ms, p90 %d ms, p99 %d ms, max %d ms".formatted(p50, p90, p99, max);
    }
}
