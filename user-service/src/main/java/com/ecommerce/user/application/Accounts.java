package com.ecommerce.user.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.EmailAlreadyRegistered;
import com.ecommerce.user.domain.InvalidCredentials;
import com.ecommerce.user.domain.PasswordPolicy;
import com.ecommerce.user.domain.Role;
import com.ecommerce.user.domain.User;
import com.ecommerce.user.domain.UserNotFound;
import com.ecommerce.user.domain.UserRepository;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, login, profile and role management for password accounts. */
@Component
public class Accounts {

    private final UserRepository users;
    private final Sessions sessions;
    private final PasswordEncoder passwords;
    private final IdGenerator ids;
    private final Clock clock;
    /** Checked against when the email is unknown, so a miss costs as much time as a wrong password. */
    private final String decoyHash;

    Accounts(UserRepository users, Sessions sessions, PasswordEncoder passwords, IdGenerator ids, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwords = passwords;
        this.ids = ids;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-matches");
    }

    @Transactional
    public SessionTokens signUp(String email, String password, String name) {
        User user = register(new EmailAddress(email), password, name);
        return sessions.start(user);
    }

    /** Creates a password account; also used by the admin bootstrap. */
    @Transactional
    public User register(EmailAddress email, String password, String name) {
        PasswordPolicy.check(password, email);
        if (users.existsByEmail(email.value())) {
            throw new EmailAlreadyRegistered(email);
        }
        User user = User.withPassword(ids.nextId(), email, name, passwords.encode(password), clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException concurrentSignUp) {
            throw new EmailAlreadyRegistered(email);
        }
    }

    /** Not transactional: the BCrypt check should not hold a database connection. */
    public SessionTokens logIn(String email, String password) {
        // BCrypt refuses longer inputs; no stored password can be longer, so such a login fails anyway.
        boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
        User user = lookUp(email);
        String hash = user == null ? decoyHash : user.passwordHash().orElse(decoyHash);
        boolean matches = passwords.matches(tooLong ? "" : password, hash);
        if (tooLong || user == null || user.passwordHash().isEmpty() || !matches) {
            throw new InvalidCredentials();
        }
        return sessions.start(user);
    }

    @Transactional(readOnly = true)
    public Account profile(String userId) {
        return Account.of(find(userId));
    }

    @Transactional
    public Account rename(String userId, String name) {
        User user = find(userId);
        user.rename(name, clock.instant());
        return Account.of(user);
    }

    @Transactional(readOnly = true)
    public Page<Account> list(int page, int size) {
        return users.findAll(PageRequest.of(page, size, Sort.by("createdAt", "id"))).map(Account::of);
    }

    @Transactional
    public Account changeRoles(String userId, Set<Role> roles, String changedBy) {
        User user = find(userId);
        user.changeRoles(roles, IdGenerator.decode(changedBy), clock.instant());
        return Account.of(user);
    }

    /** Makes the account with this email an admin (and keeps it a customer); used by the bootstrap. */
    @Transactional
    public void grantAdmin(EmailAddress email) {
        User user = users.findByEmail(email.value()).orElseThrow(() -> new UserNotFound(email.value()));
        if (!user.isAdmin()) {
            user.changeRoles(EnumSet.of(Role.CUSTOMER, Role.ADMIN), user.id(), clock.instant());
        }
    }

    private User lookUp(String email) {
        try {
            return users.findByEmail(new EmailAddress(email).value()).orElse(null);
        } catch (IllegalArgumentException notAnEmail) {
            return null;
        }
    }

    private User find(String userId) {
        try {
            return users.findById(IdGenerator.decode(userId)).orElseThrow(() -> new UserNotFound(userId));
        } catch (IllegalArgumentException malformed) {
            throw new UserNotFound(userId);
        }
    }
}
