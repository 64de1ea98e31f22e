package com.ecommerce.payment.provider;

import com.ecommerce.payment.domain.OrderId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service needs of a verified Stripe event: its id (for replay detection), its type, and
 * the order named in the object's metadata (set by the adapter on every intent and refund).
 */
public record StripeEvent(String id, String type, OrderId orderId) {

    /** @throws InvalidWebhookSignature for a payload that is no Stripe event */
    public static StripeEvent parse(String payload, JsonMapper json) {
        try {
            JsonNode event = json.readTree(payload);
            String id = StripeJson.text(event, "id");
            String type = StripeJson.text(event, "type");
            if (id == null || type == null || id.length() > 255 || type.length() > 100) {
                throw new InvalidWebhookSignature("The payload is not a Stripe event.");
            }
            String order = StripeJson.text(event.path("data").path("object").path("metadata"), "order_id");
            return new StripeEvent(id, type, order == null ? null : OrderId.of(order));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidWebhookSignature("The payload is not a Stripe event.");
        }
    }
}
