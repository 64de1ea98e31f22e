package com.ecommerce.payment.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatedPaymentProviderTest {

    @Test
    void answersStripesTestTokensAsStripeDoes() {
        assertThat(SimulatedPaymentProvider.decide("tok_visa").succeeded()).isTrue();
        assertThat(SimulatedPaymentProvider.decide("tok_visa").reference()).startsWith("ch_sim_");
        assertThat(SimulatedPaymentProvider.decide("tok_chargeDeclined").code()).isEqualTo("card_declined");
        assertThat(SimulatedPaymentProvider.decide("tok_insufficient_funds").code()).isEqualTo("insufficient_funds");
        assertThat(SimulatedPaymentProvider.decide("tok_unknown").succeeded()).isFalse();
    }
}
