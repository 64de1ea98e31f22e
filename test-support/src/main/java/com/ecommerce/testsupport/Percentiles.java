package com.ecommerce.testsupport;

import java.util.Collection;

/**
 * Nearest-rank percentiles of a sample, for the benchmarks: in whatever unit the sample is in.
 * An empty sample answers 0 for every percentile.
 */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(Collection<Long> sample) {
        return new Percentiles(sample.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    public static Percentiles of(long[] sample) {
        long[] copy = sample.clone();
        java.util.Arrays.sort(copy);
        return new Percentiles(copy);
    }

    /** The smallest value with at least {@code percentile} % of the sample at or below it. */
    public long at(double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    public long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    public int size() {
        return sorted.length;
    }

    /** "p50 … ms, p90 …, p99 …, max …" for a sample in milliseconds. */
    public String millis() {
        return "p50 %d ms, p90 %d ms, p99 %d ms, max %d ms".formatted(at(50), at(90), at(99), max());
    }
}
