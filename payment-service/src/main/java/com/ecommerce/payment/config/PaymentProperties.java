package com.ecommerce.payment.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payment service ({@code ecommerce.payments.*}).
 *
 * @param provider       {@code simulated} (default) or {@code stripe}
 * @param consumerGroup  Kafka group and inbox consumer name of the listeners
 * @param topics         topic names; tests point them at throw-away topics
 * @param recovery       the job that resolves provider calls left unresolved by a crash
 * @param reconciliation the job comparing captures with the orders' outcomes
 */
@ConfigurationProperties("ecommerce.payments")
public record PaymentProperties(
        @DefaultValue("simulated") String provider,
        @DefaultValue("payment-service") String consumerGroup,
        @DefaultValue Topics topics,
        @DefaultValue Recovery recovery,
        @DefaultValue Reconciliation reconciliation,
        @DefaultValue Simulated simulated,
        @DefaultValue Stripe stripe) {

    public record Topics(
            @DefaultValue(com.ecommerce.events.Topics.PAYMENT_COMMANDS) String commands,
            @DefaultValue(com.ecommerce.events.Topics.PAYMENT_EVENTS) String events,
            @DefaultValue(com.ecommerce.events.Topics.ORDER_EVENTS) String orders) {
    }

    /**
     * @param staleAfter an attempt this old without an outcome is presumed interrupted (longer than any provider call)
     * @param interval   how often the job looks
     * @param batchSize  attempts resolved per run
     */
    public record Recovery(@DefaultValue("20s") Duration staleAfter, @DefaultValue("5s") Duration interval,
            @DefaultValue("50") int batchSize) {
    }

    /**
     * @param grace    how long a capture may wait for its order's confirmation (and a cancelled
     *                 order for its refund) before it is reported
     * @param interval how often the job runs
     * @param limit    discrepancies listed per kind
     */
    public record Reconciliation(@DefaultValue("10m") Duration grace, @DefaultValue("1m") Duration interval,
            @DefaultValue("100") int limit) {
    }

    /**
     * @param latency     added to every simulated provider call
     * @param failureRate share of calls (0..1) that fail as if the provider timed out
     */
    public record Simulated(@DefaultValue("0ms") Duration latency, @DefaultValue("0.0") double failureRate) {

        public Simulated {
            if (failureRate < 0 || failureRate > 1) {
                throw new IllegalArgumentException("ecommerce.payments.simulated.failure-rate must be within 0..1");
            }
        }
    }

    /**
     * @param baseUrl          Stripe's API, or a local stub in tests
     * @param apiKey           secret key (from the environment, never committed)
     * @param webhookSecret    the endpoint's signing secret ({@code whsec_...})
     * @param webhookTolerance how old a signed webhook may be before it is refused as a replay
     * @param timeout          connect and read timeout of one API call
     */
    public record Stripe(@DefaultValue("https://api.stripe.com") String baseUrl, @DefaultValue("") String apiKey,
            @DefaultValue("") String webhookSecret, @DefaultValue("5m") Duration webhookTolerance,
            @DefaultValue("10s") Duration timeout) {
    }
}
