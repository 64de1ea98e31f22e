/**
 * Adapters of the {@link com.ecommerce.payment.domain.PaymentProvider} port: the built-in
 * simulator (default) and Stripe's HTTP API, plus Stripe's webhook signature scheme. Selected by
 * {@code ecommerce.payments.provider}.
 */
package com.ecommerce.payment.provider;
