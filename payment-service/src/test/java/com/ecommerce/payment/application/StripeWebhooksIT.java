package com.ecommerce.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.domain.PaymentFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@PaymentIT
class StripeWebhooksIT {

    @Autowired
    StripeWebhooks webhooks;

    @Test
    void aReplayedEventIsIgnored() {
        String eventId = "evt_" + UUID.randomUUID();

        assertThat(webhooks.handle(eventId, "payment_intent.succeeded", PaymentFixtures.newOrderId())).isTrue();
        assertThat(webhooks.handle(eventId, "payment_intent.succeeded", PaymentFixtures.newOrderId())).isFalse();
    }
}
