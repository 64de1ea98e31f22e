package com.ecommerce.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Set;

import com.ecommerce.user.application.Account;
import com.ecommerce.user.application.Accounts;
import com.ecommerce.user.application.GoogleSignIn;
import com.ecommerce.user.application.SessionTokens;
import com.ecommerce.user.application.Sessions;
import com.ecommerce.user.config.WebSliceSecurity;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.EmailAlreadyRegistered;
import com.ecommerce.user.domain.InvalidCredentials;
import com.ecommerce.user.domain.LoginCodeRejected;
import com.ecommerce.user.domain.RefreshTokenReused;
import com.ecommerce.user.domain.Role;
import com.ecommerce.user.domain.WeakPassword;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(AuthController.class)
@Import(WebSliceSecurity.class)
class AuthControllerTest {

    private static final SessionTokens TOKENS = new SessionTokens("access.jwt", Duration.ofMinutes(15), "refresh-1",
            new Account("0ABCDEFGHJKMN", "ada@example.com", "Ada", Set.of(Role.CUSTOMER)));
    private static final String SIGN_UP = """
            {"email":"ada@example.com","password":"correct horse battery","name":"Ada"}""";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Accounts accounts;
    @MockitoBean
    Sessions sessions;
    @MockitoBean
    GoogleSignIn google;

    @Test
    void signUpAnswers201WithTokensAndUser() {
        given(accounts.signUp("ada@example.com", "correct horse battery", "Ada")).willReturn(TOKENS);

        MvcTestResult result = post("/api/v1/auth/signup", SIGN_UP);

        assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("Cache-Control", "no-store");
        assertThat(result).bodyJson().extractingPath("$.accessToken").isEqualTo("access.jwt");
        assertThat(result).bodyJson().extractingPath("$.tokenType").isEqualTo("Bearer");
        assertThat(result).bodyJson().extractingPath("$.expiresIn").isEqualTo(900);
        assertThat(result).bodyJson().extractingPath("$.refreshToken").isEqualTo("refresh-1");
        assertThat(result).bodyJson().extractingPath("$.user.id").isEqualTo("0ABCDEFGHJKMN");
        assertThat(result).bodyJson().extractingPath("$.user.roles").asArray().containsExactly("CUSTOMER");
    }

    @Test
    void signUpListsInvalidFields() {
        MvcTestResult result = post("/api/v1/auth/signup", """
                {"email":"not-an-email","password":"","name":""}""");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("email", "password", "name");
    }

    @Test
    void signUpWithWeakPasswordNamesThePasswordField() {
        given(accounts.signUp(any(), any(), any())).willThrow(new WeakPassword("must be at least 12 characters long"));

        MvcTestResult result = post("/api/v1/auth/signup", SIGN_UP);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:weak-password");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
    }

    @Test
    void signUpWithTakenEmailAnswers409() {
        given(accounts.signUp(any(), any(), any()))
                .willThrow(new EmailAlreadyRegistered(new EmailAddress("ada@example.com")));

        MvcTestResult result = post("/api/v1/auth/signup", SIGN_UP);

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(result).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:email-already-registered");
    }

    @Test
    void unreadableBodyAnswers400NotServerError() {
        assertThat(post("/api/v1/auth/signup", "{not json")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void loginAnswers200WithTokens() {
        given(accounts.logIn("ada@example.com", "correct horse battery")).willReturn(TOKENS);

        MvcTestResult result = post("/api/v1/auth/login", """
                {"email":"ada@example.com","password":"correct horse battery"}""");

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.user.email").isEqualTo("ada@example.com");
    }

    @Test
    void loginWithBadCredentialsAnswersGeneric401() {
        given(accounts.logIn(any(), any())).willThrow(new InvalidCredentials());

        MvcTestResult result = post("/api/v1/auth/login", """
                {"email":"ada@example.com","password":"wrong password!"}""");

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-credentials");
    }

    @Test
    void refreshIgnoresAStaleAccessTokenHeader() {
        given(sessions.refresh("refresh-1")).willReturn(TOKENS);

        MvcTestResult result = mvc.post().uri("/api/v1/auth/refresh").header("Authorization", "Bearer expired.jwt")
                .contentType(MediaType.APPLICATION_JSON).content("{\"refreshToken\":\"refresh-1\"}").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
    }

    @Test
    void reusedRefreshTokenAnswers401() {
        given(sessions.refresh("refresh-1")).willThrow(new RefreshTokenReused());

        MvcTestResult result = post("/api/v1/auth/refresh", "{\"refreshToken\":\"refresh-1\"}");

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-refresh-token");
    }

    @Test
    void refreshWithoutTokenAnswers400() {
        assertThat(post("/api/v1/auth/refresh", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void logoutEndsTheSession() {
        assertThat(post("/api/v1/auth/logout", "{\"refreshToken\":\"refresh-1\"}")).hasStatus(HttpStatus.NO_CONTENT);

        verify(sessions).end("refresh-1");
    }

    @Test
    void exchangeOfUnknownLoginCodeAnswers401() {
        given(google.exchange("nope")).willThrow(new LoginCodeRejected());

        MvcTestResult result = post("/api/v1/auth/google/exchange", "{\"code\":\"nope\"}");

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-login-code");
    }

    @Test
    void exchangeOfLoginCodeAnswersTokens() {
        given(google.exchange("code-1")).willReturn(TOKENS);

        assertThat(post("/api/v1/auth/google/exchange", "{\"code\":\"code-1\"}")).hasStatus(HttpStatus.OK);
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
