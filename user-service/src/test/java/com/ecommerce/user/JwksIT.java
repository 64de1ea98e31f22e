package com.ecommerce.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;

/** A verifier elsewhere on the platform, with nothing but the JWKS URL, accepts our tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
class JwksIT {

    private static final String ISSUER = "http://127.0.0.1:8087";

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void tokenVerifiesAgainstTheJwksWithStandardDecoder() throws Exception {
        String token = signUp().at("/accessToken").asString();
        ResponseEntity<JsonNode> jwks = api.get("/.well-known/jwks.json", null);
        String kid = SignedJWT.parse(token).getHeader().getKeyID();

        assertThat(jwks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jwks.getBody().findValuesAsString("kid")).contains(kid);
        assertThat(jwks.getBody().findValues("d")).isEmpty();

        Jwt jwt = verifier(ISSUER).decode(token);
        assertThat(jwt.getSubject()).hasSize(13);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(jwt.getAudience()).containsExactly("ecommerce-api");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(900));
    }

    @Test
    void verifierWithAnotherIssuerRefusesTheToken() {
        String token = signUp().at("/accessToken").asString();

        assertThatThrownBy(() -> verifier("https://elsewhere.example").decode(token))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void rotatedKeyIsPublishedBeforeItSignsAndOldTokensStayValid() throws Exception {
        String adminToken = api.post("/api/v1/auth/login",
                Map.of("email", "admin@it.local", "password", "it-only-bootstrap-secret")).getBody()
                .at("/accessToken").asString();
        String before = signUp().at("/accessToken").asString();

        ResponseEntity<JsonNode> rotated = api.send("POST", "/api/v1/users/signing-keys", adminToken, Map.of());
        assertThat(rotated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String newKid = rotated.getBody().at("/kid").asString();

        List<String> published = api.get("/.well-known/jwks.json", null).getBody().findValuesAsString("kid");
        String after = signUp().at("/accessToken").asString();
        assertThat(published).contains(newKid, SignedJWT.parse(before).getHeader().getKeyID());
        assertThat(SignedJWT.parse(after).getHeader().getKeyID())
                .as("the new key waits out the publish lead before signing").isNotEqualTo(newKid);
        assertThat(verifier(ISSUER).decode(before).getSubject()).isNotBlank();
        assertThat(api.get("/api/v1/users/me", before).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode signUp() {
        return api.post("/api/v1/auth/signup", Map.of("email", Api.uniqueEmail("jwks"),
                "password", "correct horse battery staple", "name", "Verifier")).getBody();
    }

    private NimbusJwtDecoder verifier(String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/.well-known/jwks.json")
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("ecommerce-api"))));
        return decoder;
    }
}
