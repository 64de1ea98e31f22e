package com.ecommerce.gateway.web;

import java.util.Optional;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Limits verified callers per user (tighter for checkout), once security has proven who they are.
 * Callers without a verified token were already counted per address before security ran
 * (see {@code AddressRateLimitFilter}), so they pass here untouched. A refused request is answered
 * at once with 429 problem+json and {@code Retry-After} and never reaches a service; the built-in
 * {@code RequestRateLimiter} filter would answer with an empty body instead.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(user -> Optional.of(user.getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(user -> user.isPresent() ? limit(exchange, chain, user.get()) : chain.filter(exchange));
    }

    private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain, String user) {
        String policy = RateLimits.policy(exchange.getRequest(), true);
        return limits.spend(exchange, policy, user)
                .flatMap(allowed -> allowed ? chain.filter(exchange) : limits.refuse(exchange));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
