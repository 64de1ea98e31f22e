package com.ecommerce.user.application;

import java.time.Clock;

import com.ecommerce.user.config.TokenProperties;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.LoginCode;
import com.ecommerce.user.domain.LoginCodeRejected;
import com.ecommerce.user.domain.LoginCodeRepository;
import com.ecommerce.user.domain.UnverifiedEmail;
import com.ecommerce.user.domain.User;
import com.ecommerce.user.domain.UserRepository;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Google login: finds the account by Google subject, else links the account with the same
 * verified email, else creates one; then hands out a one-time code the browser exchanges for
 * the platform's tokens.
 */
@Component
public class GoogleSignIn {

    private final UserRepository users;
    private final LoginCodeRepository codes;
    private final Sessions sessions;
    private final GoogleAccounts accounts;
    private final TokenProperties properties;
    private final Clock clock;

    GoogleSignIn(UserRepository users, LoginCodeRepository codes, Sessions sessions, GoogleAccounts accounts,
            TokenProperties properties, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.sessions = sessions;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Returns the one-time login code. An email Google did not verify is never trusted. Not one
     * transaction: the account is resolved in its own (retried once), then the code is stored.
     */
    public String signIn(GoogleIdentity identity) {
        if (!identity.emailVerified() || identity.email() == null) {
            throw new UnverifiedEmail();
        }
        long userId = accountOf(identity, new EmailAddress(identity.email()));
        String code = Secrets.newSecret();
        codes.save(new LoginCode(Secrets.hash(code), userId, clock.instant(), properties.loginCodeLifetime()));
        return code;
    }

    /** Exchanges a login code, once, for a session. */
    @Transactional(noRollbackFor = LoginCodeRejected.class)
    public SessionTokens exchange(String code) {
        LoginCode loginCode = codes.findByCodeHash(Secrets.hash(code)).orElseThrow(LoginCodeRejected::new);
        codes.delete(loginCode);
        if (!loginCode.isValidAt(clock.instant())) {
            throw new LoginCodeRejected();
        }
        User user = users.findById(loginCode.userId()).orElseThrow(LoginCodeRejected::new);
        return sessions.start(user);
    }

    /**
     * Two first logins of one person at once (a double click, two tabs) race to create or link
     * the same account. PostgreSQL lets the loser's insert or versioned update wait for the
     * winner's commit and then fail on the unique email / subject or the version (or in a
     * deadlock PostgreSQL breaks), so a second attempt in a fresh transaction finds the winner's
     * account. A second failure is no race and is not hidden.
     */
    private long accountOf(GoogleIdentity identity, EmailAddress email) {
        try {
            return accounts.accountFor(identity, email, clock.instant());
        } catch (DataIntegrityViolationException | ConcurrencyFailureException lostRace) {
            return accounts.accountFor(identity, email, clock.instant());
        }
    }
}
