package com.ecommerce.product.support;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Validated callers for integration tests (the token's signature is not what these tests are about). */
public final class Callers {

    private Callers() {
    }

    public static RequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j.subject("admin-it"))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    public static RequestPostProcessor customer() {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j.subject("customer-it"))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }
}
