package com.ecommerce.payment.application;

import com.ecommerce.payment.domain.ChargeAttempt;

/** The saga asks to authorise and capture an order's amount. */
public record AuthorizePayment(ChargeAttempt attempt) {
}
