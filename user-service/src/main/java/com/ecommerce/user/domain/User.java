package com.ecommerce.user.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An account: who the user is, how they prove it (password and/or Google) and what they may do. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    private long id;
    private String email;
    private String name;
    private String passwordHash;
    private String googleSubject;
    @Convert(converter = RolesConverter.class)
    private Set<Role> roles;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected User() {
    }

    private User(long id, EmailAddress email, String name, Instant now) {
        this.id = id;
        this.email = email.value();
        this.name = requireName(name);
        this.roles = EnumSet.of(Role.CUSTOMER);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A customer who signed up with a password that already passed the {@link PasswordPolicy}. */
    public static User withPassword(long id, EmailAddress email, String name, String passwordHash, Instant now) {
        User user = new User(id, email, name, now);
        user.passwordHash = passwordHash;
        return user;
    }

    /** A customer who signed in with Google for the first time; they have no password. */
    public static User fromGoogle(long id, EmailAddress email, String name, String subject, Instant now) {
        User user = new User(id, email, name, now);
        user.googleSubject = subject;
        return user;
    }

    public void rename(String newName, Instant now) {
        this.name = requireName(newName);
        this.updatedAt = now;
    }

    /**
     * Replaces the roles. CUSTOMER is always kept (an admin has both), and an admin cannot drop
     * their own ADMIN role, so the platform never loses its last admin by accident.
     */
    public void changeRoles(Set<Role> newRoles, long changedBy, Instant now) {
        EnumSet<Role> granted = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        granted.add(Role.CUSTOMER);
        if (changedBy == id && isAdmin() && !granted.contains(Role.ADMIN)) {
            throw new OwnAdminRoleRequired();
        }
        this.roles = granted;
        this.updatedAt = now;
    }

    /**
     * Links a Google identity to this account. Only called once the provider verified the email
     * address; an account linked to another Google subject is never re-linked. Linking the
     * subject it already has is a no-op: a returning user's login writes nothing, so concurrent
     * logins of one account cannot conflict on its version.
     */
    public void linkGoogle(String subject, Instant now) {
        if (googleSubject != null && !googleSubject.equals(subject)) {
            throw new UnverifiedEmail();
        }
        if (subject.equals(googleSubject)) {
            return;
        }
        this.googleSubject = subject;
        this.updatedAt = now;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public long id() {
        return id;
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public String name() {
        return name;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<String> googleSubject() {
        return Optional.ofNullable(googleSubject);
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("a name of 1 to 100 characters is required");
        }
        return name.strip();
    }
}
