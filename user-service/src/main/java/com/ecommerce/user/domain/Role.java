package com.ecommerce.user.domain;

/** What a user may do; every user is a customer, an admin additionally manages the platform. */
public enum Role {
    CUSTOMER,
    ADMIN
}
