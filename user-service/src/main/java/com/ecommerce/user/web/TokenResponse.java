package com.ecommerce.user.web;

import com.ecommerce.user.application.SessionTokens;

/** The answer to sign-up, login, refresh and code exchange; {@code expiresIn} is in seconds (RFC 6749). */
record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, UserView user) {

    static TokenResponse of(SessionTokens tokens) {
        return new TokenResponse(tokens.accessToken(), "Bearer", tokens.accessTokenLifetime().toSeconds(),
                tokens.refreshToken(), UserView.of(tokens.account()));
    }
}
