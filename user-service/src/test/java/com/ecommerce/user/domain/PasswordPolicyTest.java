package com.ecommerce.user.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final EmailAddress email = new EmailAddress("grace.hopper@example.com");

    @Test
    void acceptsLongPassphrase() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple", email)).doesNotThrowAnyException();
    }

    @Test
    void rejectsPasswordShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("short-pass1", email))
                .isInstanceOf(WeakPassword.class).hasMessageContaining("12");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatCode(() -> PasswordPolicy.check("ääääääääääöü", email)).doesNotThrowAnyException();
    }

    @Test
    void rejectsPasswordLongerThanBcryptReads() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(40) + "y".repeat(33), email))
                .isInstanceOf(WeakPassword.class).hasMessageContaining("72 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grace.hopper@example.com", "GRACE.HOPPER@EXAMPLE.COM", "my-grace.hopper-2026"})
    void rejectsPasswordContainingTheEmail(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, email))
                .isInstanceOf(WeakPassword.class).hasMessageContaining("email");
    }

    @Test
    void rejectsOneRepeatedCharacter() {
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaaaaaa", email)).isInstanceOf(WeakPassword.class);
    }

    @Test
    void rejectsMissingPassword() {
        assertThatThrownBy(() -> PasswordPolicy.check(null, email)).isInstanceOf(WeakPassword.class);
    }
}
