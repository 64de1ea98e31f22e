package com.ecommerce.payment.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentMethod;
import com.ecommerce.payment.domain.PaymentProvider.ChargeRequest;
import com.ecommerce.payment.domain.PaymentProvider.RefundRequest;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
        return charge(ORDER, token, null);
    }

    /** The charge as the service asks it: the order id is the idempotency key. */
    private static ChargeRequest charge(OrderId order, String token, String knownIntent) {
        return new ChargeRequest(order.value(), order, AMOUNT, token, PaymentMethod.CARD, knownIntent);
    }

    private void answerIntents(int status, String body) {
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).willReturn(json(status, body)));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
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
    void aRetriedChargeRepeatsItsKeyAndRequestAndAnotherPaymentUsesItsOwnKey() {
        OrderId other = OrderId.of("0ZYXWVU987654");
        // Stripe replays the first answer of a key; answers that differ by key show which key was sent.
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withHeader("Idempotency-Key", equalTo(ORDER.value()))
                .willReturn(json(200, "{\"id\":\"pi_first\",\"status\":\"succeeded\"}")));
        stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).withHeader("Idempotency-Key", equalTo(other.value()))
                .willReturn(json(200, "{\"id\":\"pi_other\",\"status\":\"succeeded\"}")));

        ProviderOutcome first = provider.charge(charge("tok_visa"));
        ProviderOutcome retried = provider.charge(charge("tok_visa"));
        ProviderOutcome another = provider.charge(charge(other, "tok_visa", null));

        assertThat(List.of(first, retried, another)).extracting(ProviderOutcome::reference)
                .containsExactly("pi_first", "pi_first", "pi_other");
        List<LoggedRequest> sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/payment_intents")));
        assertThat(sent).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactlyInAnyOrder(ORDER.value(), ORDER.value(), other.value());
        // Stripe rejects a key reused with other parameters, so the retry must be the same request.
        List<String> retriedBodies = sent.stream().filter(r -> ORDER.value().equals(r.getHeader("Idempotency-Key")))
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(retriedBodies).hasSize(2).containsOnly(retriedBodies.getFirst());
    }

    @Test
    void recoveryReadsAnIntentItKnowsInsteadOfCreatingItAgain() {
        stripe.stubFor(get(urlEqualTo("/v1/payment_intents/pi_known"))
                .willReturn(json(200, "{\"id\":\"pi_known\",\"object\":\"payment_intent\",\"status\":\"succeeded\"}")));

        ProviderOutcome outcome = provider.charge(charge(ORDER, "tok_visa", "pi_known"));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.reference()).isEqualTo("pi_known");
        stripe.verify(getRequestedFor(urlEqualTo("/v1/payment_intents/pi_known"))
                .withHeader("Authorization", equalTo("Bearer sk_test_123")));
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/payment_intents")));
    }

    @Test
    void aKnownIntentThatFailedIsADeclineWithItsLastError() {
        stripe.stubFor(get(urlEqualTo("/v1/payment_intents/pi_known")).willReturn(json(200, """
                {"id":"pi_known","status":"requires_payment_method",
                 "last_payment_error":{"code":"card_declined","decline_code":"insufficient_funds",
                 "message":"Your card has insufficient funds."}}""")));

        ProviderOutcome outcome = provider.charge(charge(ORDER, "tok_visa", "pi_known"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.code()).isEqualTo("insufficient_funds");
        assertThat(outcome.reference()).isEqualTo("pi_known");
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/payment_intents")));
    }

    @Test
    void anIntentStillProcessingLeavesTheOutcomeUnknownButNamesTheIntent() {
        answerIntents(200, """
                {"id":"pi_slow","status":"processing"}""");
        stripe.stubFor(get(urlEqualTo("/v1/payment_intents/pi_slow")).willReturn(json(200, """
                {"id":"pi_slow","status":"processing"}""")));

        assertThatThrownBy(() -> provider.charge(charge("tok_visa"))).isInstanceOfSatisfying(
                ProviderUnavailable.class, e -> assertThat(e.reference()).isEqualTo("pi_slow"));
        assertThatThrownBy(() -> provider.charge(charge(ORDER, "tok_visa", "pi_slow")))
                .isInstanceOf(ProviderUnavailable.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents")));
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/payment_intents/pi_slow")));
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

        ProviderOutcome outcome = provider.refund(new RefundRequest(ORDER + ":refund:1", ORDER, "pi_123", AMOUNT,
                "cancelled"));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.reference()).isEqualTo("re_789");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo(ORDER + ":refund:1"))
                .withRequestBody(containing("payment_intent=pi_123"))
                .withRequestBody(containing("amount=1999")));
    }

    @Test
    void aRefusedRefundIsAnOutcome() {
        stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"invalid_request_error","code":"charge_disputed","message":"Disputed."}}""")));

        ProviderOutcome outcome = provider.refund(new RefundRequest(ORDER + ":refund:1", ORDER, "pi_123", AMOUNT, "x"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.code()).isEqualTo("charge_disputed");
    }
}
