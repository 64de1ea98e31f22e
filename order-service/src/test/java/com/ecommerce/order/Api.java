package com.ecommerce.order;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The Orders API as a customer calls it, through the whole service (security, validation, advice). */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvcTester mvc;

    public Api(MockMvcTester mvc) {
        this.mvc = mvc;
    }

    /** A customer with a fresh id; the token value names the customer's cart in {@link StubServices}. */
    public record Customer(String id) {

        public static Customer fresh() {
            return new Customer("0C" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase());
        }

        public JwtRequestPostProcessor token() {
            return jwt().jwt(t -> t.subject(id).tokenValue("token-" + id))
                    .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
        }
    }

    public static String items(String productId, int quantity) {
        return """
                {"items":[{"productId":"%s","quantity":%d,"price":1}],
                 "shippingName":"Kim Minsu","shippingAddress":"Seoul, Korea","shippingPhone":"010-1234-5678"}"""
                .formatted(productId, quantity);
    }

    public MvcTestResult place(Customer customer, String body, String idempotencyKey) {
        var request = mvc.post().uri("/api/v1/orders").with(customer.token()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.exchange();
    }

    /** Places an order that must be accepted and answers its JSON. */
    public JsonNode placed(Customer customer, String body) {
        MvcTestResult result = place(customer, body, null);
        if (result.getResponse().getStatus() != 201) {
            throw new AssertionError("expected 201, got " + result.getResponse().getStatus() + ": " + body(result));
        }
        return json(result);
    }

    public JsonNode order(Customer customer, String orderId) {
        return json(mvc.get().uri("/api/v1/orders/" + orderId).with(customer.token()).exchange());
    }

    public MvcTestResult cancel(Customer customer, String orderId) {
        return mvc.post().uri("/api/v1/orders/" + orderId + "/cancel").with(customer.token()).exchange();
    }

    public static JsonNode json(MvcTestResult result) {
        return JSON.readTree(body(result));
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
