package com.ecommerce.user.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Users for tests: named factories and a builder with defaults. */
public final class UserFixtures {

    public static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private UserFixtures() {
    }

    public static User customer() {
        return user().build();
    }

    public static User admin() {
        return user().email("admin@example.com").roles(Role.CUSTOMER, Role.ADMIN).build();
    }

    public static Builder user() {
        return new Builder();
    }

    public static final class Builder {
        private long id = IDS.incrementAndGet();
        private String email = "ada@example.com";
        private String name = "Ada Lovelace";
        private String passwordHash = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
        private Set<Role> roles = EnumSet.of(Role.CUSTOMER);

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder roles(Role... value) {
            this.roles = EnumSet.copyOf(Set.of(value));
            return this;
        }

        public User build() {
            User user = User.withPassword(id, new EmailAddress(email), name, passwordHash, NOW);
            if (roles.contains(Role.ADMIN)) {
                user.changeRoles(roles, 0, NOW);
            }
            return user;
        }
    }
}
