package com.ecommerce.gateway.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits enforced at the edge ({@code ecommerce.edge.*}).
 *
 * @param maxBodySize largest declared request body accepted
 * @param rateLimits  token-bucket policies by name: {@code user}, {@code anonymous},
 *                    {@code authentication} (login, sign-up, refresh), {@code checkout}
 * @param rateLimitNamespace prefix of the bucket keys in Redis, so environments (or test runs)
 *                    sharing one Redis never share buckets
 */
@ConfigurationProperties("ecommerce.edge")
public record EdgeProperties(@DefaultValue("1MB") DataSize maxBodySize, Map<String, RateLimit> rateLimits,
        @DefaultValue("edge") String rateLimitNamespace) {

    public EdgeProperties {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
    }

    /**
     * @param replenishRate  requests per second added to the bucket
     * @param burstCapacity  the bucket's size: how many requests may come at once
     */
    public record RateLimit(int replenishRate, int burstCapacity) {

        public RateLimit {
            if (replenishRate < 1 || burstCapacity < replenishRate) {
                throw new IllegalArgumentException("need 1 <= replenish-rate <= burst-capacity");
            }
        }
    }
}
