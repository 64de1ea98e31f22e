package com.ecommerce.gateway.security;

import com.ecommerce.gateway.web.ProblemResponses;
import com.ecommerce.gateway.web.RateLimits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The edge's rules. Tokens are verified against user-service's JWKS (signature, expiry with the
 * default 60 s leeway, issuer, audience, RS256 only: see {@code spring.security.oauth2.resourceserver.jwt}).
 * Catalog and stock reads and the sign-in endpoints are public; catalog and stock changes need ADMIN;
 * every other {@code /api/**} path needs a valid token. Paths outside {@code /api} pass on to
 * routing, which answers 404 for anything unknown. Services check tokens and roles again.
 * Which tokens are looked at, and what a refused one costs: {@link EdgeBearerTokenConverter},
 * {@link RejectedTokenHandler}.
 */
@Configuration
@EnableWebFluxSecurity
class EdgeSecurityConfig {

    private static final String[] CATALOG = PublicPaths.CATALOG;

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ProblemResponses problems, RateLimits limits,
            EdgeBearerTokenConverter tokens) {
        ServerAuthenticationEntryPoint unauthorized = unauthorized(problems);
        ServerAccessDeniedHandler forbidden = (exchange, denied) ->
                problems.write(exchange, HttpStatus.FORBIDDEN, "Your role does not allow this operation.");
        return http
                .authorizeExchange(EdgeSecurityConfig::rules)
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .bearerTokenConverter(tokens)
                        .authenticationFailureHandler(new RejectedTokenHandler(limits, unauthorized))
                        .authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                // Bearer tokens, no cookies or sessions at the edge: nothing for CSRF to ride on.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Nothing to return to after a sign-in: the default cache would look up (and create) a
                // web session for every request, generating its id off the event loop and back.
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .build();
    }

    /**
     * No observation per security filter and per authorization decision: a dozen timers around
     * every request that nobody reads, a tenth of the edge's CPU under load (docs/benchmarks/catalog.md).
     * The request itself is still observed (http.server.requests and the gateway's route metrics).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * A request the firewall refuses (an encoded NUL, backslash, line break or "../" in the path)
     * gets the same problem+json as every other refusal, not an empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler firewallRejections(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST,
                "The request's path or headers contain characters that are not allowed.");
    }

    private static void rules(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.OPTIONS).permitAll()
                .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                .matchers(PublicPaths.SIGN_IN).permitAll()
                .pathMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                .matchers(PublicPaths.READS).permitAll()
                .pathMatchers(HttpMethod.POST, CATALOG).hasRole("ADMIN")
                .pathMatchers(HttpMethod.PUT, CATALOG).hasRole("ADMIN")
                .pathMatchers(HttpMethod.PATCH, CATALOG).hasRole("ADMIN")
                .pathMatchers(HttpMethod.DELETE, CATALOG).hasRole("ADMIN")
                .pathMatchers("/api/v1/inventory/products/*/adjust", "/api/v1/inventory/products/*/history").hasRole("ADMIN")
                // Stripe calls this without a token; the service verifies Stripe's signature instead.
                .pathMatchers(HttpMethod.POST, "/api/v1/payments/webhooks/stripe").permitAll()
                .pathMatchers("/api/**").authenticated()
                .anyExchange().permitAll();
    }

    /** 401 problem+json with the RFC 6750 {@code WWW-Authenticate} challenge. */
    private static ServerAuthenticationEntryPoint unauthorized(ProblemResponses problems) {
        return (exchange, failure) -> {
            String challenge = failure instanceof OAuth2AuthenticationException
                    ? "Bearer error=\"invalid_token\"" : "Bearer";
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "A valid access token is required.");
        };
    }
}
