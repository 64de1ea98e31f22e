package com.ecommerce.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin account created at start-up if missing ({@code ecommerce.user.admin.*}). An empty
 * email or password switches the bootstrap off.
 */
@ConfigurationProperties("ecommerce.user.admin")
public record AdminProperties(String email, String password, @DefaultValue("Administrator") String name) {

    public boolean enabled() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
