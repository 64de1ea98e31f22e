package com.ecommerce.user.application;

import java.time.Duration;

/** A token pair handed to a client after login, sign-up or refresh. */
public record SessionTokens(String accessToken, Duration accessTokenLifetime, String refreshToken, Account account) {
}
