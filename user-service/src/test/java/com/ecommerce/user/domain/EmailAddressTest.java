package com.ecommerce.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSurroundingSpace() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.COM ").value()).isEqualTo("ada.lovelace@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "@example.com", "ada@", "a@b@c"})
    void rejectsWhatIsNoEmailAddress(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
