package com.ecommerce.user.web;

import java.util.List;

import com.ecommerce.user.application.Account;

/** A user as clients see it; the id is a string (TSIDs exceed JavaScript's safe integers). */
record UserView(String id, String email, String name, List<String> roles) {

    static UserView of(Account account) {
        return new UserView(account.id(), account.email(), account.name(),
                account.roles().stream().sorted().map(Enum::name).toList());
    }
}
