package com.ecommerce.defaults.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay, consumer retries and topic provisioning
 * ({@code ecommerce.messaging.*}).
 */
@ConfigurationProperties("ecommerce.messaging")
public record MessagingProperties(
        @DefaultValue Outbox outbox,
        @DefaultValue Retry retry,
        @DefaultValue("3") int partitions) {

    /**
     * @param relayEnabled  false leaves recorded messages in the table (tests, maintenance)
     * @param sweepInterval how often the table is swept for messages no after-commit wake-up sent
     * @param batchSize     messages published per relay transaction
     * @param sendTimeout   how long to wait for the broker's acknowledgement of a batch
     */
    public record Outbox(
            @DefaultValue("true") boolean relayEnabled,
            @DefaultValue("1s") Duration sweepInterval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("10s") Duration sendTimeout) {
    }

    /**
     * Blocking retries of a failed record before it is dead-lettered.
     *
     * @param attempts retries after the first failure
     */
    public record Retry(
            @DefaultValue("4") int attempts,
            @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("5s") Duration maxInterval) {
    }
}
