package com.ecommerce.user.application;

import java.time.Instant;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.User;
import com.ecommerce.user.domain.UserRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account a Google identity signs in to: found by Google subject, else linked by verified
 * email, else created. One attempt per transaction; {@link GoogleSignIn} retries a lost race.
 */
@Component
class GoogleAccounts {

    private final UserRepository users;
    private final IdGenerator ids;

    GoogleAccounts(UserRepository users, IdGenerator ids) {
        this.users = users;
        this.ids = ids;
    }

    /**
     * Flushes before returning, so a concurrent login that created or linked the account first
     * surfaces here as a translated unique-key or optimistic-lock failure, not later at commit.
     *
     * @return the account's user id
     */
    @Transactional
    public long accountFor(GoogleIdentity identity, EmailAddress email, Instant now) {
        User user = users.findByGoogleSubject(identity.subject())
                .or(() -> users.findByEmail(email.value()))
                .orElseGet(() -> users.save(User.fromGoogle(ids.nextId(), email, nameOf(identity, email),
                        identity.subject(), now)));
        user.linkGoogle(identity.subject(), now);
        users.flush();
        return user.id();
    }

    private static String nameOf(GoogleIdentity identity, EmailAddress email) {
        String name = identity.name();
        if (name == null || name.isBlank()) {
            return email.localPart();
        }
        return name.strip().length() > 100 ? name.strip().substring(0, 100) : name;
    }
}
