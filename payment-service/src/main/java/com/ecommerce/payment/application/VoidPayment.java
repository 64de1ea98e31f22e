package com.ecommerce.payment.application;

import com.ecommerce.payment.domain.OrderId;

/** Cancel an order's payment: voided if no money moved, refunded if it did. */
public record VoidPayment(OrderId orderId, String reason) {
}
