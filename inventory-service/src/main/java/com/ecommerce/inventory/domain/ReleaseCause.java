package com.ecommerce.inventory.domain;

/** Why the saga gives an order's stock back; echoed in the reply. */
public enum ReleaseCause {
    PAYMENT_DECLINED, CUSTOMER_REQUEST, DEADLINE_EXCEEDED, ADMIN
}
