package com.ecommerce.gateway.security;

import com.ecommerce.gateway.web.RateLimits;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * What happens to a request whose bearer token failed verification. Every such failure spends a
 * token of the address's {@code rejected-token} bucket, so an address that keeps sending bad
 * tokens is refused with 429, and {@link AddressRateLimitFilter} then stops it before its next
 * token is even checked. Within the budget, a public read continues as anonymous and anything else
 * answers 401. A failure on our side (JWKS unreachable) is no fault of the caller's: it is not
 * counted, and is handled as Spring Security does by default (rethrown, a server error).
 */
class RejectedTokenHandler implements ServerAuthenticationFailureHandler {

    private final RateLimits limits;
    private final ServerAuthenticationFailureHandler unauthorized;

    RejectedTokenHandler(RateLimits limits, ServerAuthenticationEntryPoint unauthorized) {
        this.limits = limits;
        this.unauthorized = new ServerAuthenticationEntryPointFailureHandler(unauthorized);
    }

    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webExchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            return unauthorized.onAuthenticationFailure(webExchange, failure);
        }
        ServerWebExchange exchange = webExchange.getExchange();
        String address = RateLimits.clientAddress(exchange.getRequest());
        return limits.spend(exchange, RateLimits.REJECTED_TOKEN, address).flatMap(allowed -> allowed
                ? answer(webExchange, failure)
                : limits.refuse(exchange));
    }

    private Mono<Void> answer(WebFilterExchange webExchange, AuthenticationException failure) {
        return PublicPaths.READS.matches(webExchange.getExchange()).flatMap(read -> read.isMatch()
                ? webExchange.getChain().filter(withoutToken(webExchange.getExchange()))
                : unauthorized.onAuthenticationFailure(webExchange, failure));
    }

    private static ServerWebExchange withoutToken(ServerWebExchange exchange) {
        return exchange.mutate()
                .request(request -> request.headers(headers -> headers.remove(HttpHeaders.AUTHORIZATION)))
                .build();
    }
}
