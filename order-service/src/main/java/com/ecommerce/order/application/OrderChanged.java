package com.ecommerce.order.application;

/**
 * One of a customer's orders changed (placed, confirmed, cancelled, shipped, delivered), as the
 * order events tell every instance. Published as an application event for whoever shows orders live.
 */
public record OrderChanged(String customerId, String orderId) {
}
