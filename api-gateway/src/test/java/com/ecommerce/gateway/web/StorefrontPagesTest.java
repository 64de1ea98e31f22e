package com.ecommerce.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The web app from the storefront jar: the page at / (never cached stale) and its hashed assets (cached long). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "logging.structured.format.console="})
class StorefrontPagesTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/main-[A-Z0-9]+\\.js)\"");

    @LocalServerPort
    int port;

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    private String page(String path) {
        return client().get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void rootServesTheAppPageWithItsMountPoint() {
        assertThat(page("/")).contains("<div id=\"app\"").containsPattern(SCRIPT);
    }

    @Test
    void indexHtmlAndTheGoogleLoginLandingServeTheSamePage() {
        assertThat(page("/index.html")).isEqualTo(page("/"));
        assertThat(page("/oauth2/redirect")).isEqualTo(page("/"));
    }

    @Test
    void hashedScriptIsServedAndCachedForAYear() {
        Matcher script = SCRIPT.matcher(page("/"));
        assertThat(script.find()).isTrue();
        client().get().uri(script.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().value("Cache-Control", value -> assertThat(value)
                        .contains("max-age=31536000").contains("immutable"));
    }

    @Test
    void unknownAssetIsNotFound() {
        client().get().uri("/assets/missing-0000.js").exchange().expectStatus().isNotFound();
    }
}
