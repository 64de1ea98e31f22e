package com.ecommerce.inventory.domain;

/** Why one line of an order could not be reserved. */
public enum RejectionCause {
    INSUFFICIENT_STOCK,
    UNKNOWN_PRODUCT,
    INVALID_QUANTITY
}
