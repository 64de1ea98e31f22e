package com.ecommerce.order.domain;

import java.util.List;

/** Everything an order is placed with; the lines are already priced from the catalog. */
public record NewOrder(OrderId id, String orderNumber, String customerId, List<OrderLine> lines,
        Shipping shipping, Payment payment, boolean fromCart, String currency) {

    public NewOrder {
        if (id == null || orderNumber == null || customerId == null || customerId.isBlank()
                || shipping == null || payment == null || currency == null) {
            throw new IllegalArgumentException("an order needs an id, a number, a customer, shipping and payment");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        lines = List.copyOf(lines);
    }

    public Money total() {
        return lines.stream().map(l -> l.subtotal(currency)).reduce(Money.zero(currency), Money::plus);
    }
}
