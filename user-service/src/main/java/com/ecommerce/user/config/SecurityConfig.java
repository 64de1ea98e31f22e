package com.ecommerce.user.config;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Everything except the Google login redirects: a stateless resource server over the service's
 * own tokens. Tokens travel in JSON bodies and the Authorization header only, never in cookies,
 * so CSRF cannot forge an authenticated request and protection is off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final List<String> OPERATIONAL = List.of("/actuator/health/**", "/actuator/health", "/actuator/info",
            "/actuator/prometheus", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
    static final Set<String> PUBLIC_POSTS = Set.of("/api/v1/auth/signup", "/api/v1/auth/login",
            "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/google/exchange");
    static final String JWKS = "/.well-known/jwks.json";

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, JwtDecoder decoder, AuthenticationEntryPoint problems,
            AccessDeniedHandler denied) throws Exception {
        http.authorizeHttpRequests(requests -> {
            OPERATIONAL.forEach(path -> requests.requestMatchers(path).permitAll());
            PUBLIC_POSTS.forEach(path -> requests.requestMatchers(HttpMethod.POST, path).permitAll());
            requests.requestMatchers(HttpMethod.GET, JWKS).permitAll();
            requests.anyRequest().authenticated();
        });
        http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                .bearerTokenResolver(ignoredOnPublicPaths())
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(denied));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(denied));
        http.csrf(AbstractHttpConfigurer::disable);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** The {@code roles} claim becomes {@code ROLE_*} authorities, as in every other service. */
    static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /**
     * Auth endpoints ignore any Authorization header: a client refreshing because its access token
     * expired typically still sends that token, and must not be refused for it.
     */
    static BearerTokenResolver ignoredOnPublicPaths() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI();
            return path.startsWith("/api/v1/auth/") || path.equals(JWKS) ? null : header.resolve(request);
        };
    }
}
