package com.ecommerce.order.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * One product of an order, priced from the catalog when the order was placed. Lines never change
 * afterwards, so a later catalog price change does not touch a placed order.
 */
@Embeddable
public record OrderLine(long id, String productId, String productName, BigDecimal unitPrice, int quantity) {

    public OrderLine {
        ProductId.of(productId);
        if (productName == null || unitPrice == null || unitPrice.signum() < 0 || quantity <= 0) {
            throw new IllegalArgumentException("a line has a name, a non-negative price and at least one unit");
        }
    }

    public Money unitPrice(String currency) {
        return new Money(unitPrice, currency);
    }

    public Money subtotal(String currency) {
        return unitPrice(currency).times(quantity);
    }
}
