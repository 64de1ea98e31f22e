package com.ecommerce.order.domain;

/** How the customer pays (the event schema's PaymentMethod). */
public enum PaymentMethod {
    CARD, BANK_TRANSFER, EASY_PAY
}
