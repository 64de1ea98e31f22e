package com.ecommerce.payment.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Payments in each state, with named factories and a builder for the attempt. */
public final class PaymentFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(1);

    private PaymentFixtures() {
    }

    public static OrderId newOrderId() {
        return OrderId.of("o-" + UUID.randomUUID().toString().substring(0, 18));
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    public static Payment pending() {
        return builder().build();
    }

    public static Payment captured() {
        Payment payment = pending();
        payment.settleCharge(ProviderOutcome.success("ch_1", "ok"), NOW);
        return payment;
    }

    public static Payment failed() {
        Payment payment = pending();
        payment.settleCharge(ProviderOutcome.declined("card_declined", "Your card was declined.", null), NOW);
        return payment;
    }

    public static Payment refunded() {
        Payment payment = captured();
        payment.requestRefund("customer cancelled", NOW);
        payment.settleRefund(ProviderOutcome.success("re_1", "ok"), NOW);
        return payment;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private OrderId orderId = newOrderId();
        private String customerId = "customer-1";
        private Money amount = usd("19.99");
        private String token = "tok_visa";

        public Builder orderId(OrderId orderId) {
            this.orderId = orderId;
            return this;
        }

        public Builder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public ChargeAttempt attempt() {
            return new ChargeAttempt(orderId, customerId, amount, token, PaymentMethod.CARD);
        }

        public Payment build() {
            return Payment.attempt(IDS.getAndIncrement(), attempt(), "simulated", NOW);
        }
    }
}
