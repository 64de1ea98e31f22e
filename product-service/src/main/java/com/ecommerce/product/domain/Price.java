package com.ecommerce.product.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a product costs: the list price and the price a customer pays. Both are non-negative,
 * the sale price never exceeds the original, and both fit the stored precision (two decimals,
 * below 100,000,000), so a rule violation is a domain error and never a database error.
 */
@Embeddable
public record Price(
        @Column(name = "original_price", nullable = false) BigDecimal original,
        @Column(name = "sale_price", nullable = false) BigDecimal sale) {

    private static final BigDecimal LIMIT = new BigDecimal("100000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Price {
        original = checked(original, "original price");
        sale = checked(sale, "sale price");
        if (sale.compareTo(original) > 0) {
            throw new InvalidPrice("The sale price must not exceed the original price.");
        }
    }

    public static Price of(String original, String sale) {
        return new Price(new BigDecimal(original), new BigDecimal(sale));
    }

    /** Percentage off the original price, two decimals rounded half-up; 0.00 for a free product. */
    public BigDecimal discountRate() {
        if (original.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return original.subtract(sale).multiply(HUNDRED).divide(original, 2, RoundingMode.HALF_UP);
    }

    public boolean onSale() {
        return sale.compareTo(original) < 0;
    }

    /** Equal amounts regardless of scale: 10 and 10.00 are the same price. */
    public boolean sameAs(Price other) {
        return original.compareTo(other.original) == 0 && sale.compareTo(other.sale) == 0;
    }

    private static BigDecimal checked(BigDecimal amount, String what) {
        if (amount == null) {
            throw new InvalidPrice("The " + what + " is required.");
        }
        if (amount.signum() < 0) {
            throw new InvalidPrice("The " + what + " must not be negative.");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(LIMIT) >= 0) {
            throw new InvalidPrice("The " + what + " must have at most 2 decimals and be below 100000000.");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
