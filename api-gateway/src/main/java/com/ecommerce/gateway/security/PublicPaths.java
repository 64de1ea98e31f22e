package com.ecommerce.gateway.security;

import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.matchers;
import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/** The paths anyone may call, shared by the access rules and the token handling so they cannot drift apart. */
final class PublicPaths {

    static final String[] CATALOG = {"/api/v1/products", "/api/v1/products/**", "/api/v1/categories",
            "/api/v1/categories/**"};

    /**
     * Sign-in, token refresh and logout, the OAuth2 login redirects and key discovery. Clients
     * call these because their access token expired and usually still attach it, so the edge
     * ignores the Authorization header here, as user-service does.
     */
    static final ServerWebExchangeMatcher SIGN_IN = pathMatchers("/api/v1/auth/**", "/oauth2/**", "/login/**",
            "/.well-known/**");

    /**
     * Reads open to anonymous callers. A token is still checked here (an admin sees more of the
     * catalog), but one that fails is answered as anonymous: a shop keeps showing its catalog to
     * a browser holding a stale token.
     */
    static final ServerWebExchangeMatcher READS = matchers(
            pathMatchers(HttpMethod.GET, CATALOG),
            pathMatchers(HttpMethod.POST, "/api/v1/products/search"),
            pathMatchers(HttpMethod.GET, "/api/v1/inventory/products", "/api/v1/inventory/products/*"));

    private PublicPaths() {
    }
}
