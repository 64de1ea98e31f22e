package com.ecommerce.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Finds the bearer token security will verify: the standard header lookup, except on the
 * {@link PublicPaths#SIGN_IN sign-in paths}, where a stale token attached to a refresh or logout
 * must not turn the request into a 401. Such a request proceeds anonymously, and since only a
 * verified token is forwarded ({@link IdentityHeadersFilter}) the header does not reach the service.
 */
@Component
class EdgeBearerTokenConverter implements ServerAuthenticationConverter {

    private final ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return PublicPaths.SIGN_IN.matches(exchange)
                .flatMap(signIn -> signIn.isMatch() ? Mono.empty() : header.convert(exchange));
    }
}
