package com.ecommerce.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsAmountsAtTheCurrencysScaleSoEqualAmountsAreEqual() {
        assertThat(Money.of("10.5", "USD")).isEqualTo(Money.of("10.50", "USD"));
        assertThat(Money.of("10.5", "USD").amount().toPlainString()).isEqualTo("10.50");
        assertThat(Money.of("1000", "KRW").amount().toPlainString()).isEqualTo("1000");
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of("10.001", "USD")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("100.5", "KRW")).isInstanceOf(InvalidMoney.class);
    }

    @Test
    void refusesUnknownCurrenciesAndNonDecimals() {
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("1", "ABC")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> Money.of("1e400x", "USD")).isInstanceOf(InvalidMoney.class);
        assertThatThrownBy(() -> new Money(null, "USD")).isInstanceOf(InvalidMoney.class);
    }

    @Test
    void countsMinorUnitsExactly() {
        assertThat(Money.of("19.99", "USD").minorUnits()).isEqualTo(1999);
        assertThat(Money.of("0.10", "USD").minorUnits()).isEqualTo(10);
        assertThat(Money.of("15000", "KRW").minorUnits()).isEqualTo(15000);
    }

    @Test
    void addsWithoutBinaryRounding() {
        Money sum = Money.zero("USD");
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10", "USD"));
        }
        assertThat(sum).isEqualTo(new Money(BigDecimal.ONE, "USD"));
        Money dollar = sum;
        assertThatThrownBy(() -> dollar.plus(Money.of("1", "EUR"))).isInstanceOf(InvalidMoney.class);
    }
}
