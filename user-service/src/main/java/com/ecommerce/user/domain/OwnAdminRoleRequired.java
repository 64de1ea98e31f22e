package com.ecommerce.user.domain;

/** An admin tried to take the ADMIN role away from themselves, which could lock every admin out. */
public class OwnAdminRoleRequired extends RuntimeException {

    public OwnAdminRoleRequired() {
        super("an admin cannot remove their own ADMIN role");
    }
}
