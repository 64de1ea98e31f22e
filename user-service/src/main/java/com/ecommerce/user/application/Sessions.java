package com.ecommerce.user.application;

import java.time.Clock;
import java.time.Instant;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.config.TokenProperties;
import com.ecommerce.user.domain.RefreshToken;
import com.ecommerce.user.domain.RefreshTokenRejected;
import com.ecommerce.user.domain.RefreshTokenRepository;
import com.ecommerce.user.domain.RefreshTokenReused;
import com.ecommerce.user.domain.TokenFamily;
import com.ecommerce.user.domain.User;
import com.ecommerce.user.domain.UserRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Token pairs: one refresh-token family per login, rotated on every refresh. */
@Component
public class Sessions {

    private final RefreshTokenRepository tokens;
    private final UserRepository users;
    private final AccessTokens accessTokens;
    private final IdGenerator ids;
    private final TokenProperties properties;
    private final Clock clock;

    Sessions(RefreshTokenRepository tokens, UserRepository users, AccessTokens accessTokens, IdGenerator ids,
            TokenProperties properties, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.accessTokens = accessTokens;
        this.ids = ids;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a session (a new family) for a user who just proved who they are. */
    @Transactional
    public SessionTokens start(User user) {
        Instant now = clock.instant();
        TokenFamily family = new TokenFamily(ids.nextId(), user.id(), now);
        String secret = Secrets.newSecret();
        tokens.save(new RefreshToken(ids.nextId(), family, Secrets.hash(secret), now,
                properties.refreshTokenLifetime()));
        return tokensFor(user, secret);
    }

    /**
     * Exchanges a refresh token for a new pair. A re-used token revokes its family, and that
     * revocation commits although the request fails: it is the point of detecting re-use.
     */
    @Transactional(noRollbackFor = RefreshTokenReused.class)
    public SessionTokens refresh(String refreshToken) {
        RefreshToken presented = tokens.findByTokenHash(Secrets.hash(refreshToken))
                .orElseThrow(() -> new RefreshTokenRejected("unknown refresh token"));
        String secret = Secrets.newSecret();
        RefreshToken successor = presented.rotate(ids.nextId(), Secrets.hash(secret), clock.instant(),
                properties.refreshTokenLifetime());
        tokens.save(successor);
        User user = users.findById(presented.family().userId())
                .orElseThrow(() -> new RefreshTokenRejected("the account no longer exists"));
        return tokensFor(user, secret);
    }

    /** Ends the session the token belongs to; unknown tokens are ignored so logout always succeeds. */
    @Transactional
    public void end(String refreshToken) {
        tokens.findByTokenHash(Secrets.hash(refreshToken))
                .ifPresent(token -> token.family().revoke(clock.instant()));
    }

    private SessionTokens tokensFor(User user, String refreshSecret) {
        return new SessionTokens(accessTokens.issue(user), properties.accessTokenLifetime(),
                refreshSecret, Account.of(user));
    }
}
