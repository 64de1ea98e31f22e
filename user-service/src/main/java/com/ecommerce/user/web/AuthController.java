package com.ecommerce.user.web;

import java.net.URI;

import jakarta.validation.Valid;

import com.ecommerce.user.application.Accounts;
import com.ecommerce.user.application.GoogleSignIn;
import com.ecommerce.user.application.Sessions;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public endpoints that start, renew and end sessions. Answers carrying tokens are never cached. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final Accounts accounts;
    private final Sessions sessions;
    private final GoogleSignIn google;

    AuthController(Accounts accounts, Sessions sessions, GoogleSignIn google) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.google = google;
    }

    @PostMapping("/signup")
    ResponseEntity<TokenResponse> signUp(@Valid @RequestBody AuthRequests.SignUp request) {
        TokenResponse body = TokenResponse.of(accounts.signUp(request.email(), request.password(), request.name()));
        return ResponseEntity.created(URI.create("/api/v1/users/me")).cacheControl(CacheControl.noStore()).body(body);
    }

    @PostMapping("/login")
    ResponseEntity<TokenResponse> logIn(@Valid @RequestBody AuthRequests.LogIn request) {
        return noStore(TokenResponse.of(accounts.logIn(request.email(), request.password())));
    }

    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody AuthRequests.Refresh request) {
        return noStore(TokenResponse.of(sessions.refresh(request.refreshToken())));
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logOut(@Valid @RequestBody AuthRequests.Refresh request) {
        sessions.end(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    /** Ends a Google login: the one-time code from the redirect becomes a token pair. */
    @PostMapping("/google/exchange")
    ResponseEntity<TokenResponse> exchange(@Valid @RequestBody AuthRequests.CodeExchange request) {
        return noStore(TokenResponse.of(google.exchange(request.code())));
    }

    private static ResponseEntity<TokenResponse> noStore(TokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
