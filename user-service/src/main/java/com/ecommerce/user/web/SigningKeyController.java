package com.ecommerce.user.web;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.user.application.SigningKeys;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rotates the signing key on demand (e.g. after a suspected leak); scheduled rotation by age
 * runs without it. Under {@code /api/v1/users} because the gateway routes that prefix here.
 */
@RestController
class SigningKeyController {

    private final SigningKeys keys;

    SigningKeyController(SigningKeys keys) {
        this.keys = keys;
    }

    @AdminOnly
    @PostMapping("/api/v1/users/signing-keys")
    @ResponseStatus(HttpStatus.CREATED)
    NewKey rotate() {
        return new NewKey(keys.rotate());
    }

    /** The new key's id; it is in the JWKS now and signs after the configured publish lead. */
    record NewKey(String kid) {
    }
}
