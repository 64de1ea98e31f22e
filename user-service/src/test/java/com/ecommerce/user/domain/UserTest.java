package com.ecommerce.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UserTest {

    @Test
    void newUserIsCustomer() {
        assertThat(UserFixtures.customer().roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    void grantingAdminKeepsCustomer() {
        User user = UserFixtures.customer();

        user.changeRoles(Set.of(Role.ADMIN), 1, UserFixtures.NOW);

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.ADMIN);
    }

    @Test
    void adminCannotDropOwnAdminRole() {
        User admin = UserFixtures.admin();

        assertThatThrownBy(() -> admin.changeRoles(Set.of(Role.CUSTOMER), admin.id(), UserFixtures.NOW))
                .isInstanceOf(OwnAdminRoleRequired.class);
        assertThat(admin.isAdmin()).isTrue();
    }

    @Test
    void anotherAdminCanDemoteAnAdmin() {
        User admin = UserFixtures.admin();

        admin.changeRoles(Set.of(Role.CUSTOMER), admin.id() + 1, UserFixtures.NOW);

        assertThat(admin.roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    void refusesToLinkASecondGoogleAccount() {
        User user = User.fromGoogle(1, new EmailAddress("a@example.com"), "A", "google-1", UserFixtures.NOW);

        assertThatThrownBy(() -> user.linkGoogle("google-2", UserFixtures.NOW)).isInstanceOf(UnverifiedEmail.class);
    }

    @Test
    void linkingTheGoogleAccountItAlreadyHasChangesNothing() {
        User user = User.fromGoogle(1, new EmailAddress("a@example.com"), "A", "google-1", UserFixtures.NOW);

        user.linkGoogle("google-1", UserFixtures.NOW.plusSeconds(60));

        assertThat(user.googleSubject()).contains("google-1");
        assertThat(user.updatedAt()).isEqualTo(UserFixtures.NOW);
    }

    @Test
    void linksGoogleToAPasswordAccount() {
        User user = UserFixtures.customer();

        user.linkGoogle("google-1", UserFixtures.NOW.plusSeconds(60));

        assertThat(user.googleSubject()).contains("google-1");
        assertThat(user.updatedAt()).isEqualTo(UserFixtures.NOW.plusSeconds(60));
    }

    @Test
    void rejectsBlankName() {
        assertThatThrownBy(() -> UserFixtures.user().name("  ").build()).isInstanceOf(IllegalArgumentException.class);
    }
}
