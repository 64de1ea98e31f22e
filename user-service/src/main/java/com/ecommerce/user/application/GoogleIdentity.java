package com.ecommerce.user.application;

/**
 * What Google told us about the user, from the verified ID token and userinfo.
 *
 * @param subject       Google's stable user id ({@code sub})
 * @param email         may be null when the user did not grant the email scope
 * @param emailVerified whether Google vouches for the email ({@code email_verified})
 * @param name          display name, may be null
 */
public record GoogleIdentity(String subject, String email, boolean emailVerified, String name) {

    public GoogleIdentity {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a Google subject is required");
        }
    }
}
