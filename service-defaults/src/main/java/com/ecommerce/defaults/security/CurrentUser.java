package com.ecommerce.defaults.security;

import java.util.Set;

/**
 * The verified caller of a request: the token's subject and roles. Declare it as a controller
 * method parameter to receive it; a request without a valid token never reaches the method.
 *
 * @param id    the user id (the token's {@code sub})
 * @param roles role names without prefix, e.g. {@code CUSTOMER}, {@code ADMIN}
 */
public record CurrentUser(String id, Set<String> roles) {

    public static final String ADMIN = "ADMIN";
    public static final String CUSTOMER = "CUSTOMER";

    public CurrentUser {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a user id is required");
        }
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /**
     * Whether this caller may see a resource owned by {@code ownerId}: its owner or an admin.
     * Services answer 404, not 403, when this is false, so ids of other users' resources leak
     * nothing.
     */
    public boolean mayAccess(String ownerId) {
        return isAdmin() || id.equals(ownerId);
    }
}
