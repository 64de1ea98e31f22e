package com.ecommerce.payment.application;

import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.OrderId;

/**
 * Give an order's captured money back.
 *
 * @param amount the amount the requester expects to refund; null means the whole capture
 */
public record RefundPayment(OrderId orderId, Money amount, String reason) {
}
