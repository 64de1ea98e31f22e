package com.ecommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void answersTheNearestRankOfAnUnsortedSample() {
        List<Long> sample = LongStream.rangeClosed(1, 100).map(i -> 101 - i).boxed().toList();

        Percentiles percentiles = Percentiles.of(sample);

        assertThat(percentiles.at(50)).isEqualTo(50);
        assertThat(percentiles.at(99)).isEqualTo(99);
        assertThat(percentiles.at(99.9)).isEqualTo(100);
        assertThat(percentiles.max()).isEqualTo(100);
        assertThat(percentiles.millis()).isEqualTo("p50 50 ms, p90 90 ms, p99 99 ms, max 100 ms");
    }

    @Test
    void aSmallSampleRoundsUpAndAnEmptyOneIsZero() {
        assertThat(Percentiles.of(new long[] {7, 3}).at(50)).isEqualTo(3);
        assertThat(Percentiles.of(new long[] {7, 3}).at(51)).isEqualTo(7);
        assertThat(Percentiles.of(List.of()).at(99)).isZero();
    }
}
