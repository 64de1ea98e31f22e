package com.ecommerce.payment.domain;

import java.time.Instant;

/** The descriptive part of a payment: how it was paid, the provider's references, why it failed. */
public record PaymentDetails(PaymentMethod method, String token, String provider, String providerReference,
        String refundReference, String failureCode, String failureMessage, Instant createdAt, Instant updatedAt) {
}
