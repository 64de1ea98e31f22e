package com.ecommerce.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0HZXH2Y4Q6PJD", "p-1", "A_b-9"})
    void acceptsShortTokens(String value) {
        assertThat(ProductId.of(value).value()).isEqualTo(value);
        assertThat(OrderId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "a b", "x;drop table stock", "ü", "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void rejectsAnythingElse(String value) {
        assertThatThrownBy(() -> ProductId.of(value)).isInstanceOf(InvalidIdentifier.class);
        assertThatThrownBy(() -> OrderId.of(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
