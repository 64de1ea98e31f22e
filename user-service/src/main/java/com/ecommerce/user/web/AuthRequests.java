package com.ecommerce.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the auth endpoints. Sizes are caps against abuse; the password policy says more. */
final class AuthRequests {

    private AuthRequests() {
    }

    record SignUp(@NotBlank @Email @Size(max = 254) String email,
                  @NotBlank @Size(max = 128) String password,
                  @NotBlank @Size(max = 100) String name) {

        /** Surrounding spaces (pasted addresses) are not a reason to refuse an email. */
        SignUp {
            email = email == null ? null : email.strip();
        }
    }

    record LogIn(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {
    }

    /** For refresh and logout. */
    record Refresh(@NotBlank @Size(max = 128) String refreshToken) {
    }

    record CodeExchange(@NotBlank @Size(max = 128) String code) {
    }
}
