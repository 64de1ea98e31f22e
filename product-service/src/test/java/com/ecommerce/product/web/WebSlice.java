package com.ecommerce.product.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A controller slice with the platform's problem+json and resource-server security. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration({ProblemDetailsAutoConfiguration.class, SecurityAutoConfiguration.class})
@interface WebSlice {

    /** Callers as the resource server sees them after validating their token. */
    final class Callers {

        private Callers() {
        }

        static RequestPostProcessor admin() {
            return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j.subject("admin-1"))
                    .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }

        static RequestPostProcessor customer() {
            return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j.subject("customer-1"))
                    .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
        }
    }
}
