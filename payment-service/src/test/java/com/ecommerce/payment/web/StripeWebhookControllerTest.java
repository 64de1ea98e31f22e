package com.ecommerce.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.payment.application.StripeWebhooks;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.provider.StripeSignature;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(StripeWebhookController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class,
        StripeWebhookControllerTest.Signing.class})
@TestPropertySource(properties = "ecommerce.security.public-paths=POST /api/v1/payments/webhooks/stripe")
class StripeWebhookControllerTest {

    private static final String PATH = "/api/v1/payments/webhooks/stripe";
    private static final String EVENT = """
            {"id":"evt_1","type":"payment_intent.succeeded",
             "data":{"object":{"id":"pi_1","metadata":{"order_id":"ORDER1"}}}}""";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    StripeSignature signature;
    @MockitoBean
    StripeWebhooks webhooks;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @TestConfiguration(proxyBeanMethods = false)
    static class Signing {

        @Bean
        StripeSignature stripeSignature() {
            return new StripeSignature("whsec_test", Duration.ofMinutes(5), Clock.systemUTC());
        }
    }

    private MockMvcTester.MockMvcRequestBuilder deliver(String payload, String header) {
        return mvc.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", header);
    }

    @Test
    void acceptsASignedEventWithoutATokenAndSettlesItsOrder() {
        given(webhooks.handle("evt_1", "payment_intent.succeeded", OrderId.of("ORDER1"))).willReturn(true);

        assertThat(deliver(EVENT, signature.header(EVENT, Instant.now()))).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("{\"received\":true,\"duplicate\":false}");
        verify(webhooks).handle("evt_1", "payment_intent.succeeded", OrderId.of("ORDER1"));
    }

    @Test
    void acknowledgesAReplayedEventWithoutEffect() {
        given(webhooks.handle(any(), any(), any())).willReturn(false);

        assertThat(deliver(EVENT, signature.header(EVENT, Instant.now()))).hasStatusOk()
                .bodyJson().extractingPath("$.duplicate").isEqualTo(true);
    }

    @Test
    void refusesABadOrStaleSignatureWith400() {
        String stale = signature.header(EVENT, Instant.now().minus(Duration.ofMinutes(6)));
        String tampered = signature.header(EVENT, Instant.now());

        for (var request : new MockMvcTester.MockMvcRequestBuilder[] {deliver(EVENT, stale),
                deliver(EVENT.replace("evt_1", "evt_2"), tampered), deliver(EVENT, "t=1,v1=abc"),
                mvc.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).content(EVENT)}) {
            assertThat(request).hasStatus(400).bodyJson().extractingPath("$.type")
                    .isEqualTo("urn:ecommerce:problem:invalid-webhook-signature");
        }
        verify(webhooks, never()).handle(any(), any(), any());
    }

    @Test
    void refusesASignedPayloadThatIsNoStripeEvent() {
        String junk = "[1,2,3]";

        assertThat(deliver(junk, signature.header(junk, Instant.now()))).hasStatus(400);
        verify(webhooks, never()).handle(any(), any(), any());
    }
}
