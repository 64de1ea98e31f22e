package com.ecommerce.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.user.Api;
import com.ecommerce.user.domain.EmailAddress;
import com.ecommerce.user.domain.LoginCode;
import com.ecommerce.user.domain.LoginCodeRepository;
import com.ecommerce.user.domain.User;
import com.ecommerce.user.domain.UserRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two first Google logins of one person at the same moment, on the real database. The race is
 * forced, not hoped for: a test transaction holds {@code app_user} in SHARE mode, so both logins
 * read (and find no linked account) but their writes wait; only once both are waiting is the
 * lock released, and they write at the same time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
class GoogleSignInConcurrencyIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    GoogleSignIn google;
    @Autowired
    UserRepository users;
    @Autowired
    LoginCodeRepository codes;
    @Autowired
    IdGenerator ids;
    @Autowired
    DataSource dataSource;

    @Test
    void twoConcurrentFirstLoginsOfOneGoogleUserCreateOneAccountAndBothSucceed() throws Exception {
        String email = Api.uniqueEmail("race-new");
        GoogleIdentity identity = new GoogleIdentity("google-" + System.nanoTime(), email, true, "Ada");

        List<String> loginCodes = signInTwiceAtOnce(identity);

        User account = users.findByEmail(email).orElseThrow();
        assertThat(account.googleSubject()).contains(identity.subject());
        assertThat(loginCodes).map(this::userOf).containsExactly(account.id(), account.id());
    }

    @Test
    void twoConcurrentFirstGoogleLoginsLinkTheExistingPasswordAccountAndBothSucceed() throws Exception {
        String email = Api.uniqueEmail("race-link");
        User existing = users.save(User.withPassword(ids.nextId(), new EmailAddress(email), "Ada",
                "{bcrypt}$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234", Instant.now()));
        GoogleIdentity identity = new GoogleIdentity("google-" + System.nanoTime(), email, true, "Ada");

        List<String> loginCodes = signInTwiceAtOnce(identity);

        assertThat(users.findByEmail(email).orElseThrow().googleSubject()).contains(identity.subject());
        assertThat(loginCodes).map(this::userOf).containsExactly(existing.id(), existing.id());
    }

    private List<String> signInTwiceAtOnce(GoogleIdentity identity) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table app_user in share mode");
            }
            Future<String> first = threads.submit(() -> google.signIn(identity));
            Future<String> second = threads.submit(() -> google.signIn(identity));
            await().atMost(WITHIN).until(() -> writersWaitingOnAppUser(blocker) == 2);
            blocker.commit();
            return List.of(first.get(WITHIN.toSeconds(), TimeUnit.SECONDS),
                    second.get(WITHIN.toSeconds(), TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    /** Lock requests on app_user of this database not granted yet: logins whose write waits. */
    private static long writersWaitingOnAppUser(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("""
                        select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                         where c.relname = 'app_user' and not l.granted
                           and l.database = (select oid from pg_database where datname = current_database())""")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long userOf(String loginCode) {
        return codes.findById(Secrets.hash(loginCode)).map(LoginCode::userId).orElseThrow();
    }
}
