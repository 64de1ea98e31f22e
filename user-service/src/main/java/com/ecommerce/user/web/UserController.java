package com.ecommerce.user.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.user.application.Account;
import com.ecommerce.user.application.Accounts;
import com.ecommerce.user.domain.Role;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own profile, and user administration for admins. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final Accounts accounts;

    UserController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    UserView me(CurrentUser caller) {
        return UserView.of(accounts.profile(caller.id()));
    }

    @PatchMapping("/me")
    UserView rename(CurrentUser caller, @Valid @RequestBody Rename request) {
        return UserView.of(accounts.rename(caller.id(), request.name()));
    }

    @AdminOnly
    @GetMapping
    UserPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return UserPage.of(accounts.list(page, size));
    }

    @AdminOnly
    @PutMapping("/{id}/roles")
    UserView changeRoles(@PathVariable String id, CurrentUser caller, @Valid @RequestBody ChangeRoles request) {
        return UserView.of(accounts.changeRoles(id, request.roles(), caller.id()));
    }

    record Rename(@NotBlank @Size(max = 100) String name) {
    }

    /** CUSTOMER is always kept, so {@code ["ADMIN"]} and {@code ["CUSTOMER","ADMIN"]} mean the same. */
    record ChangeRoles(@NotEmpty @Size(max = 2) Set<@NotNull Role> roles) {
    }

    record UserPage(List<UserView> items, int page, int size, long totalElements, int totalPages) {

        static UserPage of(Page<Account> page) {
            return new UserPage(page.getContent().stream().map(UserView::of).toList(), page.getNumber(),
                    page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }
}
