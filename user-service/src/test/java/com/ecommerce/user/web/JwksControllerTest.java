package com.ecommerce.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;

import com.ecommerce.user.application.SigningKeys;
import com.ecommerce.user.config.WebSliceSecurity;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest({JwksController.class, SigningKeyController.class})
@Import(WebSliceSecurity.class)
class JwksControllerTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    SigningKeys keys;

    @Test
    void publishesPublicKeysOnlyWithoutToken() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("kid-1").algorithm(JWSAlgorithm.RS256).generate();
        given(keys.publicKeys()).willReturn(new JWKSet(List.of(key.toPublicJWK())));

        MvcTestResult result = mvc.get().uri("/.well-known/jwks.json").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=300", "public");
        assertThat(result).bodyJson().extractingPath("$.keys[0].kid").isEqualTo("kid-1");
        assertThat(result).bodyJson().extractingPath("$.keys[0].n").isNotNull();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void adminRotatesTheSigningKey() {
        given(keys.rotate()).willReturn("kid-2");

        MvcTestResult result = mvc.post().uri("/api/v1/users/signing-keys").with(Callers.admin()).exchange();

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result).bodyJson().extractingPath("$.kid").isEqualTo("kid-2");
    }

    @Test
    void customerCannotRotate() {
        assertThat(mvc.post().uri("/api/v1/users/signing-keys").with(Callers.customer()).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anonymousCannotRotate() {
        assertThat(mvc.post().uri("/api/v1/users/signing-keys").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
    }
}
