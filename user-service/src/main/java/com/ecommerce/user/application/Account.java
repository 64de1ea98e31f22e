package com.ecommerce.user.application;

import java.util.Set;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.domain.Role;
import com.ecommerce.user.domain.User;

/** What callers outside the application layer see of a user: never the entity itself. */
public record Account(String id, String email, String name, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    static Account of(User user) {
        return new Account(IdGenerator.encode(user.id()), user.email().value(), user.name(), user.roles());
    }
}
