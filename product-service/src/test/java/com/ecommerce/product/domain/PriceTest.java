package com.ecommerce.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTest {

    @ParameterizedTest
    @CsvSource({"1000000, 800000, 20.00", "1000, 1000, 0.00", "999, 666, 33.33", "3, 2, 33.33", "3, 1, 66.67"})
    void discountRateHasTwoDecimalsRoundedHalfUp(String original, String sale, String rate) {
        assertThat(Price.of(original, sale).discountRate()).isEqualByComparingTo(rate).hasScaleOf(2);
    }

    @Test
    void freeProductHasNoDiscountWhateverTheScale() {
        assertThat(new Price(new BigDecimal("0.00"), new BigDecimal("0")).discountRate()).isEqualTo("0.00");
    }

    @Test
    void rejectsSalePriceAboveOriginal() {
        assertThatThrownBy(() -> Price.of("100", "100.01")).isInstanceOf(InvalidPrice.class)
                .hasMessageContaining("must not exceed");
    }

    @Test
    void rejectsNegativePrices() {
        assertThatThrownBy(() -> Price.of("-1", "0")).isInstanceOf(InvalidPrice.class);
        assertThatThrownBy(() -> Price.of("10", "-1")).isInstanceOf(InvalidPrice.class);
    }

    @Test
    void rejectsMissingPrices() {
        assertThatThrownBy(() -> new Price(null, BigDecimal.ONE)).isInstanceOf(InvalidPrice.class);
        assertThatThrownBy(() -> new Price(BigDecimal.ONE, null)).isInstanceOf(InvalidPrice.class);
    }

    @Test
    void rejectsAmountsTheStoreCannotHold() {
        assertThatThrownBy(() -> Price.of("10.001", "1")).isInstanceOf(InvalidPrice.class);
        assertThatThrownBy(() -> Price.of("100000000", "1")).isInstanceOf(InvalidPrice.class);
    }

    @Test
    void normalisesToTwoDecimalsAndComparesByValue() {
        Price price = Price.of("10", "9.5");
        assertThat(price.original()).isEqualTo("10.00");
        assertThat(price.sameAs(Price.of("10.00", "9.50"))).isTrue();
        assertThat(price.onSale()).isTrue();
        assertThat(Price.of("10", "10").onSale()).isFalse();
    }
}
