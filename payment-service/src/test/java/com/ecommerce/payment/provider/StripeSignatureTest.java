package com.ecommerce.payment.provider;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class StripeSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String PAYLOAD = "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}";

    private final StripeSignature signature = new StripeSignature("whsec_test", Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsAFreshSignatureOfTheExactPayload() {
        assertThatCode(() -> signature.verify(PAYLOAD, signature.header(PAYLOAD, NOW.minusSeconds(60))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsWhenAnyOfSeveralV1SignaturesMatches() {
        String header = signature.header(PAYLOAD, NOW).replace(",v1=", ",v1=00ff,v0=abc,v1=");

        assertThatCode(() -> signature.verify(PAYLOAD, header)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnAlteredPayloadAnotherSecretAndAStaleTimestamp() {
        StripeSignature other = new StripeSignature("whsec_other", Duration.ofMinutes(5), Clock.systemUTC());

        assertThatThrownBy(() -> signature.verify(PAYLOAD + " ", signature.header(PAYLOAD, NOW)))
                .isInstanceOf(InvalidWebhookSignature.class);
        assertThatThrownBy(() -> signature.verify(PAYLOAD, other.header(PAYLOAD, NOW)))
                .isInstanceOf(InvalidWebhookSignature.class);
        assertThatThrownBy(() -> signature.verify(PAYLOAD, signature.header(PAYLOAD, NOW.minusSeconds(301))))
                .isInstanceOf(InvalidWebhookSignature.class);
    }

    @Test
    void refusesMissingOrMalformedHeadersAndAMissingSecret() {
        for (String header : new String[] {null, "", "t=abc,v1=zz", "v1=00", "t=1"}) {
            assertThatThrownBy(() -> signature.verify(PAYLOAD, header)).isInstanceOf(InvalidWebhookSignature.class);
        }
        StripeSignature unconfigured = new StripeSignature("", Duration.ofMinutes(5), Clock.systemUTC());
        assertThatThrownBy(() -> unconfigured.verify(PAYLOAD, signature.header(PAYLOAD, NOW)))
                .isInstanceOf(InvalidWebhookSignature.class);
    }
}
