package com.ecommerce.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesDeadLetterTopicAfterItsSource() {
        assertThat(Topics.deadLetter(Topics.ORDER_EVENTS)).isEqualTo("order.events.v1.dlt");
    }

    @Test
    void rejectsDeadLetterOfBlankTopic() {
        assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsEverySixTopicsOnce() {
        assertThat(Topics.ALL).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "product.events.v1", "order.events.v1", "inventory.events.v1", "payment.events.v1",
                "inventory.commands.v1", "payment.commands.v1");
    }
}
