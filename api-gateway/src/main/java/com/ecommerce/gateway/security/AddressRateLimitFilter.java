package com.ecommerce.gateway.security;

import com.ecommerce.gateway.web.RateLimits;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Per-address limits that run before security, so that requests security would refuse still cost
 * something. A request without a token (or on a path where tokens are ignored) spends from its
 * address's anonymous or sign-in bucket. A request with a token is let through to verification
 * unless the address has used up its {@code rejected-token} bucket ({@link RejectedTokenHandler}
 * spends it): an address guessing tokens, or sending unknown key ids that would make the JWKS be
 * fetched again, is then refused without any token check. Verified callers are limited per user
 * afterwards. Preflights and actuator endpoints are answered at the edge and are not counted.
 */
@Component
class AddressRateLimitFilter implements WebFilter, Ordered {

    private static final int SECURITY_CHAIN_ORDER = -100;

    private final RateLimits limits;
    private final EdgeBearerTokenConverter tokens;

    AddressRateLimitFilter(RateLimits limits, EdgeBearerTokenConverter tokens) {
        this.limits = limits;
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (HttpMethod.OPTIONS.equals(request.getMethod()) || request.getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        String address = RateLimits.clientAddress(request);
        return carriesToken(exchange).flatMap(token -> token
                ? admitToVerification(exchange, chain, address)
                : spend(exchange, chain, RateLimits.policy(request, false), address));
    }

    /** Whether security will verify a token: the same lookup security uses; a malformed one counts. */
    private Mono<Boolean> carriesToken(ServerWebExchange exchange) {
        return tokens.convert(exchange).map(token -> true).defaultIfEmpty(false)
                .onErrorResume(AuthenticationException.class, malformed -> Mono.just(true));
    }

    private Mono<Void> admitToVerification(ServerWebExchange exchange, WebFilterChain chain, String address) {
        return limits.isEmpty(RateLimits.REJECTED_TOKEN, address).flatMap(empty -> empty
                ? limits.refuse(exchange)
                : chain.filter(exchange));
    }

    private Mono<Void> spend(ServerWebExchange exchange, WebFilterChain chain, String policy, String address) {
        return limits.spend(exchange, policy, address)
                .flatMap(allowed -> allowed ? chain.filter(exchange) : limits.refuse(exchange));
    }

    /**
     * Just before Spring Security's filter chain proxy, which {@code @EnableWebFluxSecurity}
     * registers at -100 (a constant of a package-private class, hence repeated here).
     */
    @Override
    public int getOrder() {
        return SECURITY_CHAIN_ORDER - 1;
    }
}
