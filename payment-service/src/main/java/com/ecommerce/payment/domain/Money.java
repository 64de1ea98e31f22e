package com.ecommerce.payment.domain;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount in an ISO 4217 currency. The amount never has more decimals than the currency
 * has minor units (USD 2, KRW 0), so "10.001 USD" is refused instead of silently rounded, and it is
 * kept at exactly that scale so equal amounts compare equal.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        if (amount == null || currency == null) {
            throw new InvalidMoney("amount and currency are required");
        }
        int minorDigits = minorDigits(currency);
        if (amount.stripTrailingZeros().scale() > minorDigits) {
            throw new InvalidMoney(amount.toPlainString() + " has more decimals than " + currency + " allows");
        }
        amount = amount.setScale(minorDigits);
    }

    /** Parses the wire form (a plain decimal string and a currency code). */
    public static Money of(String amount, String currency) {
        try {
            return new Money(new BigDecimal(amount), currency);
        } catch (NumberFormatException e) {
            throw new InvalidMoney("not a decimal amount: " + amount);
        }
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** The amount in minor units (cents), as card providers count. */
    public long minorUnits() {
        return amount.movePointRight(amount.scale()).longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidMoney("cannot combine " + currency + " with " + other.currency);
        }
    }

    private static int minorDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (digits < 0 || !currency.equals(currency.toUpperCase())) {
                throw new InvalidMoney("not a currency for payments: " + currency);
            }
            return digits;
        } catch (IllegalArgumentException e) {
            throw new InvalidMoney("not an ISO 4217 currency: " + currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
