package com.ecommerce.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount with its currency. Amounts keep two decimals (the catalog's precision); an
 * amount with more would be rounded, which money must never be silently, so it is refused.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (amount == null || currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("money needs an amount and an ISO 4217 currency");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
