package com.ecommerce.system.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetRewindTest {

    private static final TopicPartition A = new TopicPartition("commands", 0);
    private static final TopicPartition B = new TopicPartition("commands", 1);
    private static final TopicPartition C = new TopicPartition("replies", 2);

    @Test
    void aTenthIsSpreadInProportionAndNoPartitionMovesBackFurtherThanItConsumed() {
        assertThat(OffsetRewind.back(Map.of(A, 20L, B, 15L, C, 5L), 4)).isEqualTo(Map.of(A, 2L, B, 2L));
        assertThat(OffsetRewind.back(Map.of(A, 1L, B, 1L, C, 1L), 1)).hasSize(1).containsValue(1L);
        assertThat(OffsetRewind.back(Map.of(A, 30L), 3)).isEqualTo(Map.of(A, 3L));
    }
}
