package com.ecommerce.payment.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's webhook signature scheme: header {@code Stripe-Signature: t=<unix seconds>,v1=<hex>}
 * where v1 = HMAC-SHA256 of {@code "<t>.<payload>"} keyed with the endpoint secret. Several v1
 * entries may appear (during secret rotation); one must match. A timestamp outside the tolerance
 * is refused, so a captured request cannot be replayed later.
 */
public class StripeSignature {

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    public StripeSignature(String secret, Duration tolerance, Clock clock) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /** @throws InvalidWebhookSignature unless the header signs exactly this payload, recently */
    public void verify(String payload, String header) {
        if (secret.length == 0) {
            throw new InvalidWebhookSignature("No webhook secret is configured.");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                timestamp = parseSeconds(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signatures.add(parseHex(pair[1]));
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new InvalidWebhookSignature("The Stripe-Signature header lacks a timestamp or a v1 signature.");
        }
        byte[] expected = sign(timestamp, payload);
        if (signatures.stream().noneMatch(s -> MessageDigest.isEqual(expected, s))) {
            throw new InvalidWebhookSignature("No signature matches the payload.");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), clock.instant()).abs().compareTo(tolerance) > 0) {
            throw new InvalidWebhookSignature("The signature's timestamp is outside the tolerance.");
        }
    }

    /** The header Stripe would send for this payload at {@code at}. */
    public String header(String payload, Instant at) {
        return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(sign(at.getEpochSecond(), payload));
    }

    private byte[] sign(long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static Long parseSeconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] parseHex(String value) {
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
