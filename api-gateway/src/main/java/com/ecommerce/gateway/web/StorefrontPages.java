package com.ecommerce.gateway.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Serves the web app from the storefront jar on the classpath, same-origin with the API. The page
 * itself is revalidated on every load, so a new release is picked up at once; its scripts and
 * styles carry a content hash in their names and are cached for a year. {@code /oauth2/redirect}
 * is where user-service sends the browser after a Google login: the app reads the one-time code
 * there, so the edge answers it with the page instead of routing it to user-service. These router
 * functions are looked up before the gateway's routes.
 */
@Configuration(proxyBeanMethods = false)
class StorefrontPages implements WebFluxConfigurer {

    static final String ROOT = "classpath:/META-INF/resources/";
    private static final Resource INDEX = new ClassPathResource("META-INF/resources/index.html");

    @Bean
    RouterFunction<ServerResponse> storefrontIndex() {
        return RouterFunctions.route()
                .GET("/", request -> index())
                .GET("/index.html", request -> index())
                .GET("/oauth2/redirect", request -> index())
                .build();
    }

    private static Mono<ServerResponse> index() {
        if (!INDEX.exists()) {
            return ServerResponse.notFound().build();
        }
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache())
                .bodyValue(INDEX);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(ROOT + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
