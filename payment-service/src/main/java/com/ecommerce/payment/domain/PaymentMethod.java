package com.ecommerce.payment.domain;

/** How the customer pays; the saga's default is a card. */
public enum PaymentMethod {
    CARD, BANK_TRANSFER, EASY_PAY
}
