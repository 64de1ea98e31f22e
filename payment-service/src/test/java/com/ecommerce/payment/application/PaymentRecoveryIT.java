package com.ecommerce.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ecommerce.payment.PaymentIT;
import com.ecommerce.payment.PaymentProbe;
import com.ecommerce.payment.RecordingPaymentProvider;
import com.ecommerce.payment.RecordingPaymentProvider.Call;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentFixtures;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.ProviderUnavailable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recovery of a charge the provider accepted but had not decided yet. */
@PaymentIT
class PaymentRecoveryIT {

    @Autowired
    PaymentCapture capture;
    @Autowired
    PaymentRecovery recovery;
    @Autowired
    RecordingPaymentProvider provider;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaymentProbe probe;
    final OrderId order = PaymentFixtures.newOrderId();


    @Test
    void aChargeStillProcessingIsLookedUpByTheReferenceTheProviderGaveIt() {
        capture.recordAttempt(new AuthorizePayment(PaymentFixtures.builder().orderId(order).attempt()));
        provider.answerNext(order, () -> {
            throw ProviderUnavailable.stillProcessing("ch_sim_processing", "still processing");
        });
        capture.settle(order);
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.PENDING);

        recovery.resolveStale();

        assertThat(provider.calls(order)).extracting(Call::idempotencyKey, Call::providerReference)
                .containsExactly(tuple(order.value(), null), tuple(order.value(), "ch_sim_processing"));
        assertThat(probe.statusWithAgreeingLedger(order)).isEqualTo(PaymentStatus.CAPTURED);
    }
}
