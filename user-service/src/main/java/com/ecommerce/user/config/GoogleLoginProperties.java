package com.ecommerce.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the browser goes after a Google login ({@code ecommerce.user.google.*}): the frontend's
 * {@code /oauth2/redirect} page receives {@code ?code=} (or {@code ?error=}).
 */
@ConfigurationProperties("ecommerce.user.google")
public record GoogleLoginProperties(@DefaultValue("http://localhost:3001") String frontendUrl) {

    public String redirectTarget() {
        return frontendUrl.replaceAll("/+$", "") + "/oauth2/redirect";
    }
}
