package com.ecommerce.payment.provider;

import java.util.Locale;

import com.ecommerce.payment.domain.PaymentProvider;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Stripe's HTTP API: a PaymentIntent created and confirmed in one call (authorise and capture),
 * refunds against it; form-encoded bodies, JSON answers, the {@code Idempotency-Key} header on
 * every call so Stripe answers a retried call with the first one's result. A charge whose intent
 * id is already known (it was still processing) is resolved by reading that intent. Declines (402, card
 * errors) are outcomes; timeouts, 409 (a concurrent call with the key), 429 and 5xx leave the
 * outcome unknown.
 */
class StripePaymentProvider implements PaymentProvider {

    static final String NAME = "stripe";

    private final RestClient http;
    private final JsonMapper json;

    StripePaymentProvider(RestClient http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderOutcome charge(ChargeRequest request) {
        // A known intent is read, not created again: reading never moves money, and Stripe forgets
        // idempotency keys after a day, when a repeated POST would create a second intent.
        JsonNode answer = request.providerReference() == null
                ? post("/v1/payment_intents", request.idempotencyKey(), intent(request))
                : get("/v1/payment_intents/{id}", request.providerReference());
        return intentOutcome(answer);
    }

    /** A created or read PaymentIntent (or the error that refused it) as an outcome. */
    private static ProviderOutcome intentOutcome(JsonNode answer) {
        JsonNode error = answer.path("error");
        if (error.isObject()) {
            return ProviderOutcome.declined(StripeJson.firstText(error, "decline_code", "code", "type"),
                    StripeJson.text(error, "message"), StripeJson.text(error.path("payment_intent"), "id"));
        }
        String status = StripeJson.text(answer, "status");
        String id = StripeJson.text(answer, "id");
        return switch (status == null ? "" : status) {
            case "succeeded" -> ProviderOutcome.success(id, "Payment succeeded.");
            case "processing" ->
                    throw ProviderUnavailable.stillProcessing(id, "payment intent " + id + " is still processing");
            case "requires_action" -> ProviderOutcome.declined("authentication_required",
                    "The card needs authentication, which this checkout cannot perform.", id);
            default -> declinedIntent(answer, id, status);
        };
    }

    private static MultiValueMap<String, String> intent(ChargeRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amount", Long.toString(request.amount().minorUnits()));
        form.add("currency", request.amount().currency().toLowerCase(Locale.ROOT));
        form.add("payment_method", request.token());
        form.add("payment_method_types[]", "card");
        form.add("confirm", "true");
        form.add("metadata[order_id]", request.orderId().value());
        return form;
    }

    @Override
    public ProviderOutcome refund(RefundRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("payment_intent", request.providerReference());
        form.add("amount", Long.toString(request.amount().minorUnits()));
        form.add("reason", "requested_by_customer");
        form.add("metadata[order_id]", request.orderId().value());
        JsonNode answer = post("/v1/refunds", request.idempotencyKey(), form);
        JsonNode error = answer.path("error");
        if (error.isObject()) {
            String code = StripeJson.firstText(error, "code", "type");
            return "charge_already_refunded".equals(code)
                    ? ProviderOutcome.success(null, "The charge had already been refunded.")
                    : ProviderOutcome.declined(code, StripeJson.text(error, "message"), null);
        }
        String status = StripeJson.text(answer, "status");
        String id = StripeJson.text(answer, "id");
        return "succeeded".equals(status) || "pending".equals(status)
                ? ProviderOutcome.success(id, "Refund " + status + ".")
                : ProviderOutcome.declined(orElse(StripeJson.text(answer, "failure_reason"), "refund_failed"),
                        "Refund " + status + ".", id);
    }

    private static ProviderOutcome declinedIntent(JsonNode intent, String id, String status) {
        JsonNode last = intent.path("last_payment_error");
        return ProviderOutcome.declined(orElse(StripeJson.firstText(last, "decline_code", "code"), "payment_failed"),
                orElse(StripeJson.text(last, "message"), "Payment intent " + status + "."), id);
    }

    private JsonNode post(String path, String idempotencyKey, MultiValueMap<String, String> form) {
        return answer(path, http.post().uri(path).header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form));
    }

    private JsonNode get(String path, String id) {
        return answer(path, http.get().uri(path, id));
    }

    /** The answer's JSON for 2xx and decisive 4xx; unknown outcomes throw. */
    private JsonNode answer(String path, RestClient.RequestHeadersSpec<?> call) {
        try {
            return call.exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 401 || status == 403 || status == 409 || status == 429 || status >= 500) {
                    throw new ProviderUnavailable("Stripe answered " + status + " to " + path);
                }
                return json.readTree(response.getBody());
            });
        } catch (RestClientException | JacksonException e) {
            throw new ProviderUnavailable("Stripe could not be asked: " + e.getMessage(), e);
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
