package com.ecommerce.user.web;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Authenticated callers for slice tests, as the resource server would see them. */
final class Callers {

    static final String CUSTOMER_ID = "0ABCDEFGHJKMN";
    static final String ADMIN_ID = "0ABCDEFGHJKMP";

    private Callers() {
    }

    static JwtRequestPostProcessor customer() {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j.subject(CUSTOMER_ID))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    static JwtRequestPostProcessor admin() {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j.subject(ADMIN_ID))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"), new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
