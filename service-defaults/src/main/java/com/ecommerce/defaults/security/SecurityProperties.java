package com.ecommerce.defaults.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which requests need no token ({@code ecommerce.security.*}).
 *
 * @param publicPaths patterns answered without a token, optionally prefixed with an HTTP method:
 *                    {@code "GET /api/v1/products/**"}; operational endpoints are always public
 */
@ConfigurationProperties("ecommerce.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths) {
}
