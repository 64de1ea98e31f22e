package com.ecommerce.payment.web;

import java.util.Map;

import com.ecommerce.payment.application.StripeWebhooks;
import com.ecommerce.payment.provider.StripeEvent;
import com.ecommerce.payment.provider.StripeSignature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook. Public (Stripe has no token) but signed: the raw body is verified before it is
 * read, an event older than the tolerance is refused, and a replayed event id is acknowledged
 * without effect so Stripe stops resending it.
 */
@RestController
class StripeWebhookController {

    private final StripeSignature signature;
    private final StripeWebhooks webhooks;
    private final JsonMapper json;

    StripeWebhookController(StripeSignature signature, StripeWebhooks webhooks, JsonMapper json) {
        this.signature = signature;
        this.webhooks = webhooks;
        this.json = json;
    }

    @PostMapping("/api/v1/payments/webhooks/stripe")
    Map<String, Object> receive(@RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String header) {
        signature.verify(payload, header);
        StripeEvent event = StripeEvent.parse(payload, json);
        boolean first = webhooks.handle(event.id(), event.type(), event.orderId());
        return Map.of("received", true, "duplicate", !first);
    }
}
