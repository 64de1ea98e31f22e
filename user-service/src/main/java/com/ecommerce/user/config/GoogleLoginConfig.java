package com.ecommerce.user.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The OpenID Connect login with Google. The only stateful part of the service: the authorization
 * request (state, nonce, PKCE) waits in the HTTP session between the redirect to Google and the
 * callback. The login itself is not kept in a session; it ends in the platform's tokens.
 */
@Configuration(proxyBeanMethods = false)
class GoogleLoginConfig {

    @Bean
    @Order(1)
    SecurityFilterChain googleLoginFilterChain(HttpSecurity http, AuthenticationSuccessHandler success,
            AuthenticationFailureHandler failure) throws Exception {
        http.securityMatcher("/oauth2/authorization/**", "/login/oauth2/code/**");
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        http.oauth2Login(login -> login.successHandler(success).failureHandler(failure));
        http.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        return http.build();
    }
}
