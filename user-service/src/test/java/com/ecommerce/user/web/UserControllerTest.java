package com.ecommerce.user.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Set;

import com.ecommerce.user.application.Account;
import com.ecommerce.user.application.Accounts;
import com.ecommerce.user.config.WebSliceSecurity;
import com.ecommerce.user.domain.OwnAdminRoleRequired;
import com.ecommerce.user.domain.Role;
import com.ecommerce.user.domain.UserNotFound;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(UserController.class)
@Import(WebSliceSecurity.class)
class UserControllerTest {

    private static final Account ADA = new Account(Callers.CUSTOMER_ID, "ada@example.com", "Ada", Set.of(Role.CUSTOMER));

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Accounts accounts;

    @Test
    void meAnswersTheCallersProfile() {
        given(accounts.profile(Callers.CUSTOMER_ID)).willReturn(ADA);

        MvcTestResult result = mvc.get().uri("/api/v1/users/me").with(Callers.customer()).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(Callers.CUSTOMER_ID);
        assertThat(result).bodyJson().extractingPath("$.email").isEqualTo("ada@example.com");
    }

    @Test
    void meWithoutTokenAnswers401Problem() {
        MvcTestResult result = mvc.get().uri("/api/v1/users/me").exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:unauthorized");
    }

    @Test
    void meWithInvalidTokenAnswers401() {
        MvcTestResult result = mvc.get().uri("/api/v1/users/me").header("Authorization", "Bearer forged").exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void meOfDeletedAccountAnswers404() {
        given(accounts.profile(Callers.CUSTOMER_ID)).willThrow(new UserNotFound(Callers.CUSTOMER_ID));

        MvcTestResult result = mvc.get().uri("/api/v1/users/me").with(Callers.customer()).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:user-not-found");
    }

    @Test
    void renameChangesTheName() {
        given(accounts.rename(Callers.CUSTOMER_ID, "Ada King")).willReturn(
                new Account(Callers.CUSTOMER_ID, "ada@example.com", "Ada King", Set.of(Role.CUSTOMER)));

        MvcTestResult result = mvc.patch().uri("/api/v1/users/me").with(Callers.customer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Ada King\"}").exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Ada King");
    }

    @Test
    void renameToBlankListsTheField() {
        MvcTestResult result = mvc.patch().uri("/api/v1/users/me").with(Callers.customer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void adminListsUsersPaged() {
        given(accounts.list(0, 20)).willReturn(new PageImpl<>(List.of(ADA), PageRequest.of(0, 20), 1));

        MvcTestResult result = mvc.get().uri("/api/v1/users").with(Callers.admin()).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.items[0].email").isEqualTo("ada@example.com");
        assertThat(result).bodyJson().extractingPath("$.totalElements").isEqualTo(1);
    }

    @Test
    void customerListingUsersAnswers403() {
        MvcTestResult result = mvc.get().uri("/api/v1/users").with(Callers.customer()).exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(accounts);
    }

    @Test
    void oversizedPageAnswers400() {
        assertThat(mvc.get().uri("/api/v1/users?size=1000").with(Callers.admin()).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void adminChangesRoles() {
        given(accounts.changeRoles(Callers.CUSTOMER_ID, Set.of(Role.CUSTOMER, Role.ADMIN), Callers.ADMIN_ID))
                .willReturn(new Account(Callers.CUSTOMER_ID, "ada@example.com", "Ada", Set.of(Role.CUSTOMER, Role.ADMIN)));

        MvcTestResult result = putRoles(Callers.CUSTOMER_ID, "{\"roles\":[\"CUSTOMER\",\"ADMIN\"]}", Callers.admin());

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.roles").asArray().containsExactly("CUSTOMER", "ADMIN");
    }

    @Test
    void customerChangingRolesAnswers403() {
        assertThat(putRoles(Callers.CUSTOMER_ID, "{\"roles\":[\"ADMIN\"]}", Callers.customer()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void unknownRoleAnswers400() {
        assertThat(putRoles(Callers.CUSTOMER_ID, "{\"roles\":[\"ROOT\"]}", Callers.admin()))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void emptyRolesListsTheField() {
        MvcTestResult result = putRoles(Callers.CUSTOMER_ID, "{\"roles\":[]}", Callers.admin());

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("roles");
    }

    @Test
    void rolesOfUnknownUserAnswers404() {
        given(accounts.changeRoles(eq("0ZZZZZZZZZZZZ"), any(), any())).willThrow(new UserNotFound("0ZZZZZZZZZZZZ"));

        assertThat(putRoles("0ZZZZZZZZZZZZ", "{\"roles\":[\"ADMIN\"]}", Callers.admin())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void adminDroppingOwnAdminRoleAnswers409() {
        given(accounts.changeRoles(eq(Callers.ADMIN_ID), any(), any())).willThrow(new OwnAdminRoleRequired());

        MvcTestResult result = putRoles(Callers.ADMIN_ID, "{\"roles\":[\"CUSTOMER\"]}", Callers.admin());

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:own-admin-role-required");
    }

    private MvcTestResult putRoles(String id, String json,
            org.springframework.test.web.servlet.request.RequestPostProcessor caller) {
        return mvc.put().uri("/api/v1/users/{id}/roles", id).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
