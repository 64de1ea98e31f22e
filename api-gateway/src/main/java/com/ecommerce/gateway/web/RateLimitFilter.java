package com.ecommerce.gateway.web;

import java.net.InetSocketAddress;
import java.util.Map;

import com.ecommerce.gateway.config.EdgeProperties;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Applies Spring Cloud Gateway's Redis token-bucket limiter per caller: per user when a token is
 * present, per client address otherwise, with tighter buckets for sign-in (password guessing) and
 * checkout. A refused request is answered at once with 429 problem+json and {@code Retry-After}
 * and never reaches a service. The built-in {@code RequestRateLimiter} filter answers 429 with an
 * empty body, hence this small filter around the same limiter. If Redis is unreachable the
 * limiter lets requests through rather than take the shop down.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RedisRateLimiter limiter;
    private final ProblemResponses problems;
    private final String namespace;

    RateLimitFilter(RedisRateLimiter limiter, ProblemResponses problems, EdgeProperties edge) {
        this.limiter = limiter;
        this.problems = problems;
        this.namespace = edge.rateLimitNamespace();
        edge.rateLimits().forEach((name, limit) -> limiter.getConfig().put(name, new RedisRateLimiter.Config()
                .setReplenishRate(limit.replenishRate()).setBurstCapacity(limit.burstCapacity()).setRequestedTokens(1)));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> principal.getName())
                .map(user -> new Caller(user, true))
                .defaultIfEmpty(new Caller(clientAddress(exchange.getRequest()), false))
                .flatMap(caller -> limit(exchange, chain, policy(exchange.getRequest(), caller.authenticated()), caller.key()));
    }

    private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, String policy, String key) {
        if (!limiter.getConfig().containsKey(policy)) {
            return chain.filter(exchange);
        }
        return limiter.isAllowed(policy, namespace + ":" + policy + ":" + key).flatMap(response -> {
            response.getHeaders().forEach((name, value) -> exchange.getResponse().getHeaders().set(name, value));
            if (response.isAllowed()) {
                return chain.filter(exchange);
            }
            exchange.getResponse().getHeaders().set("Retry-After", retryAfterSeconds(policy));
            return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests; retry after the time in the Retry-After header.");
        });
    }

    static String policy(ServerHttpRequest request, boolean authenticated) {
        String path = request.getPath().value();
        if (path.startsWith("/api/v1/auth/login") || path.startsWith("/api/v1/auth/signup")
                || path.startsWith("/api/v1/auth/refresh")) {
            return "authentication";
        }
        if (HttpMethod.POST.equals(request.getMethod()) && path.equals("/api/v1/orders")) {
            return "checkout";
        }
        return authenticated ? "user" : "anonymous";
    }

    /** Seconds until the bucket holds a token again (at least one). */
    private String retryAfterSeconds(String policy) {
        RedisRateLimiter.Config config = limiter.getConfig().get(policy);
        return String.valueOf(Math.max(1, (int) Math.ceil((double) config.getRequestedTokens() / config.getReplenishRate())));
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    private record Caller(String key, boolean authenticated) {
    }
}
