package com.ecommerce.user.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.ecommerce.user.application.GoogleIdentity;
import com.ecommerce.user.application.GoogleSignIn;
import com.ecommerce.user.config.GoogleLoginProperties;
import com.ecommerce.user.domain.UnverifiedEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Ends the Google login by redirecting the browser to the frontend with a one-time code (or an
 * error). Tokens never appear in a URL; the frontend exchanges the code at
 * {@code POST /api/v1/auth/google/exchange}.
 */
@Component
class GoogleLoginHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(GoogleLoginHandler.class);

    private final GoogleSignIn google;
    private final GoogleLoginProperties properties;

    GoogleLoginHandler(GoogleSignIn google, GoogleLoginProperties properties) {
        this.google = google;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        endSession(request);
        if (!(authentication.getPrincipal() instanceof OidcUser user)) {
            redirect(response, "error", "login_failed");
            return;
        }
        try {
            String code = google.signIn(new GoogleIdentity(user.getSubject(), user.getEmail(),
                    Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName()));
            redirect(response, "code", code);
        } catch (UnverifiedEmail | IllegalArgumentException refused) {
            redirect(response, "error", "unverified_email");
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        log.info("Google login failed: {}", failure.getMessage());
        endSession(request);
        redirect(response, "error", "login_failed");
    }

    private void redirect(HttpServletResponse response, String parameter, String value) throws IOException {
        response.sendRedirect(UriComponentsBuilder.fromUriString(properties.redirectTarget())
                .queryParam(parameter, value).encode().build().toUriString());
    }

    /** The session only carried the authorization request; nothing may outlive the login. */
    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
