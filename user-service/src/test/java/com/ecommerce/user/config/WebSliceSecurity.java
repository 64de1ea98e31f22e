package com.ecommerce.user.config;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * What a {@code @WebMvcTest} slice needs to answer like the service: the real API security chain,
 * problem+json for framework and security errors, {@code CurrentUser} resolution. Tests
 * authenticate with Spring Security's {@code jwt()} post-processor; a real bearer token is refused.
 */
@TestConfiguration
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
@Import(SecurityConfig.class)
public class WebSliceSecurity {

    @Bean
    JwtDecoder refusingDecoder() {
        return token -> {
            throw new BadJwtException("slice tests authenticate with jwt()");
        };
    }
}
