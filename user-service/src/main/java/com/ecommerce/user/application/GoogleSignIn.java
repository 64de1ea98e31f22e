package com.ecommerce.user.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.config.TokenProperties;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.LoginCode;
import com.ecommerce.user.domain.LoginCodeRejected;
import com.ecommerce.user.domain.LoginCodeRepository;
import com.ecommerce.user.domain.UnverifiedEmail;
import com.ecommerce.user.domain.User;
import com.ecommerce.user.domain.UserRepository;

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
    private final IdGenerator ids;
    private final TokenProperties properties;
    private final Clock clock;

    GoogleSignIn(UserRepository users, LoginCodeRepository codes, Sessions sessions, IdGenerator ids,
            TokenProperties properties, Clock clock) {
        this.users = users;
        this.codes = codes;
        this.sessions = sessions;
        this.ids = ids;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns the one-time login code. An email Google did not verify is never trusted. */
    @Transactional
    public String signIn(GoogleIdentity identity) {
        if (!identity.emailVerified() || identity.email() == null) {
            throw new UnverifiedEmail();
        }
        EmailAddress email = new EmailAddress(identity.email());
        Instant now = clock.instant();
        User user = users.findByGoogleSubject(identity.subject())
                .or(() -> users.findByEmail(email.value()))
                .orElseGet(() -> users.save(User.fromGoogle(ids.nextId(), email, nameOf(identity, email),
                        identity.subject(), now)));
        user.linkGoogle(identity.subject(), now);
        String code = Secrets.newSecret();
        codes.save(new LoginCode(Secrets.hash(code), user.id(), now, properties.loginCodeLifetime()));
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

    private static String nameOf(GoogleIdentity identity, EmailAddress email) {
        String name = identity.name();
        if (name == null || name.isBlank()) {
            return email.localPart();
        }
        return name.strip().length() > 100 ? name.strip().substring(0, 100) : name;
    }
}
