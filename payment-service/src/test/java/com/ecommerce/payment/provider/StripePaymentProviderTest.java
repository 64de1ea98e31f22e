package com.ecommerce.payment.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentMethod;
import com.ecommerce.payment.domain.PaymentProvider.ChargeRequest;
import com.ecommerce.payment.domain.PaymentProvider.RefundRequest;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;
import com.github.tomakehurst.wiremock.WireMockServer;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against a local stub that answers as Stripe's API does. */
class StripePaymentProviderTest {

    private static final OrderId ORDER = OrderId.of("0ABCDEF123456");
    private static final Money AMOUNT = Money.of("19.99", "USD");

    WireMockServer stripe;
    StripePaymentProvider provider;

    @BeforeEach
    void start() {
        stripe = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        stripe.start();
        PaymentProperties.Stripe settings = new PaymentProperties.Stripe("http://127.0.0.1:" + stripe.port(),
                "sk_test_123", "", Duration.ofMinutes(5), Duration.ofSeconds(2));
        provider = new StripePaymentProvider(ProviderConfiguration.stripeClient(settings), JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    private static ChargeRequest charge(String token) {
        return new ChargeRequest(ORDER.value(), ORDER, AMOUNT, token, PaymentMethod.CARD);
    }

    private void answerIntents(int status, String body) {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void createsAndConfirmsAPaymentIntentFormEncodedWithTheIdempotencyKey() {
        answerIntents(200, """
                {"id":"pi_123","object":"payment_intent","status":"succeeded","amount":1999,"currency":"usd"}""");

        ProviderOutcome outcome = provider.charge(charge("tok_visa"));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.reference()).isEqualTo("pi_123");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo(ORDER.value()))
                .withHeader("Authorization", equalTo("Bearer sk_test_123"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("amount=1999"))
                .withRequestBody(containing("currency=usd"))
                .withRequestBody(containing("confirm=true"))
                .withRequestBody(containing("payment_method=tok_visa")));
    }

    @Test
    void aDeclineIsAnOutcomeWithStripesDeclineCode() {
        answerIntents(402, """
                {"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                 "message":"Your card has insufficient funds.","payment_intent":{"id":"pi_456","status":"requires_payment_method"}}}""");

        ProviderOutcome outcome = provider.charge(charge("tok_insufficient_funds"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.code()).isEqualTo("insufficient_funds");
        assertThat(outcome.message()).isEqualTo("Your card has insufficient funds.");
        assertThat(outcome.reference()).isEqualTo("pi_456");
    }

    @Test
    void aPlainCardDeclineKeepsItsCode() {
        answerIntents(402, """
                {"error":{"type":"card_error","code":"card_declined","message":"Your card was declined."}}""");

        assertThat(provider.charge(charge("tok_chargeDeclined")).code()).isEqualTo("card_declined");
    }

    @Test
    void aRetriedChargeSendsTheSameKeyAndGetsTheSameIntent() {
        answerIntents(200, """
                {"id":"pi_same","status":"succeeded"}""");

        ProviderOutcome first = provider.charge(charge("tok_visa"));
        ProviderOutcome retried = provider.charge(charge("tok_visa"));

        assertThat(retried).isEqualTo(first);
        stripe.verify(2, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo(ORDER.value())));
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))))
                .extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(ORDER.value());
    }

    @Test
    void serverErrorsConflictsAndTimeoutsLeaveTheOutcomeUnknown() {
        answerIntents(500, "{\"error\":{\"type\":\"api_error\"}}");
        assertThatThrownBy(() -> provider.charge(charge("tok_visa"))).isInstanceOf(ProviderUnavailable.class);

        answerIntents(409, "{\"error\":{\"type\":\"idempotency_error\"}}");
        assertThatThrownBy(() -> provider.charge(charge("tok_visa"))).isInstanceOf(ProviderUnavailable.class);

        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(aResponse().withFixedDelay(3_000)));
        assertThatThrownBy(() -> provider.charge(charge("tok_visa"))).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void refundsAnIntentWithItsOwnIdempotencyKey() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"re_789","object":"refund","status":"succeeded","amount":1999}""")));

        ProviderOutcome outcome = provider.refund(new RefundRequest(ORDER + ":refund", ORDER, "pi_123", AMOUNT, "cancelled"));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.reference()).isEqualTo("re_789");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo(ORDER + ":refund"))
                .withRequestBody(containing("payment_intent=pi_123"))
                .withRequestBody(containing("amount=1999")));
    }

    @Test
    void aRefusedRefundIsAnOutcome() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"invalid_request_error","code":"charge_disputed","message":"Disputed."}}""")));

        ProviderOutcome outcome = provider.refund(new RefundRequest(ORDER + ":refund", ORDER, "pi_123", AMOUNT, "x"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.code()).isEqualTo("charge_disputed");
    }
}
