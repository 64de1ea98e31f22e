package com.ecommerce.gateway.web;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ecommerce.gateway.config.EdgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The edge's token buckets, kept in Redis so every gateway instance counts the same requests. The
 * bucket arithmetic is Spring Cloud Gateway's own {@code RedisRateLimiter} Lua script, called
 * directly because that limiter cannot read a bucket without spending from it (which
 * {@link #isEmpty} needs) and keys its buckets by route as well as caller. If Redis does not
 * answer, requests are admitted: losing limits for a while beats refusing every customer.
 */
@Component
public class RateLimits {

    public static final String USER = "user";
    public static final String ANONYMOUS = "anonymous";
    public static final String AUTHENTICATION = "authentication";
    public static final String CHECKOUT = "checkout";
    /** Per address, spent by every token the edge refuses. */
    public static final String REJECTED_TOKEN = "rejected-token";

    private static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    /**
     * The script refills at least one token per second, on whole seconds of the Redis clock, so
     * an empty bucket holds a token again within a second whatever the policy.
     */
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    /** The script's answer when Redis failed: allowed, unknown level. */
    private static final List<Long> FAIL_OPEN = List.of(1L, -1L);

    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> tokenBucket;
    private final Map<String, EdgeProperties.RateLimit> policies;
    private final ProblemResponses problems;
    private final String namespace;

    RateLimits(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> redisRequestRateLimiterScript,
            ProblemResponses problems, EdgeProperties edge) {
        this.redis = redis;
        // The same script as fixed text: the bean reads it from a jar entry and checks that entry's
        // modification time on every call (a file lookup per request), for a script that never changes.
        this.tokenBucket = RedisScript.of(redisRequestRateLimiterScript.getScriptAsString(),
                redisRequestRateLimiterScript.getResultType());
        this.policies = edge.rateLimits();
        this.problems = problems;
        this.namespace = edge.rateLimitNamespace();
    }

    /** Spends one token of the caller's bucket; true when the request may pass (always, for a policy not configured). */
    public Mono<Boolean> spend(ServerWebExchange exchange, String policy, String caller) {
        return take(policy, caller, 1).map(answer -> {
            if (answer.get(1) >= 0) {
                exchange.getResponse().getHeaders().set(REMAINING_HEADER, String.valueOf(answer.get(1)));
            }
            return answer.get(0) == 1L;
        });
    }

    /** Whether the caller's bucket holds less than one token; spends nothing. */
    public Mono<Boolean> isEmpty(String policy, String caller) {
        return take(policy, caller, 0).map(answer -> answer.get(1) == 0L);
    }

    /** 429 problem+json with the seconds until the bucket holds a token again. */
    public Mono<Void> refuse(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests; retry after the time in the Retry-After header.");
    }

    /** The bucket a request is counted in: tighter ones for sign-in (password guessing) and checkout. */
    public static String policy(ServerHttpRequest request, boolean authenticated) {
        String path = request.getPath().value();
        if (path.startsWith("/api/v1/auth/login") || path.startsWith("/api/v1/auth/signup")
                || path.startsWith("/api/v1/auth/refresh")) {
            return AUTHENTICATION;
        }
        if (authenticated && HttpMethod.POST.equals(request.getMethod()) && path.equals("/api/v1/orders")) {
            return CHECKOUT;
        }
        return authenticated ? USER : ANONYMOUS;
    }

    /** The TCP peer; see ADR 5 on configuring trusted forwarding behind a load balancer. */
    public static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** Runs the token-bucket script: {@code [allowed (1|0), tokens left]}, the bucket refilled first. */
    private Mono<List<Long>> take(String policy, String caller, int tokens) {
        EdgeProperties.RateLimit limit = policies.get(policy);
        if (limit == null) {
            return Mono.just(FAIL_OPEN);
        }
        // One hash tag for both keys, so they live in the same slot of a Redis Cluster.
        String bucket = namespace + ":{" + policy + ":" + caller + "}";
        List<String> arguments = List.of(String.valueOf(limit.replenishRate()), String.valueOf(limit.burstCapacity()),
                "", String.valueOf(tokens));
        // The reply may arrive in parts; Spring Cloud Gateway's limiter joins them the same way.
        return redis.execute(tokenBucket, List.of(bucket + ".tokens", bucket + ".timestamp"), arguments)
                .<List<Long>>reduce(new ArrayList<>(), (all, part) -> {
                    all.addAll(part);
                    return all;
                })
                .filter(answer -> answer.size() == 2)
                .onErrorResume(failure -> {
                    log.warn("Rate limit bucket {} unavailable; admitting the request", bucket, failure);
                    return Mono.empty();
                })
                .defaultIfEmpty(FAIL_OPEN);
    }
}
