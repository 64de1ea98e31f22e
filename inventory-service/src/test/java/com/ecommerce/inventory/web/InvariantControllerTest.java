package com.ecommerce.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.util.List;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.inventory.application.InvariantReport;
import com.ecommerce.inventory.application.StockInvariants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(InvariantController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class InvariantControllerTest {

    private static final String INVARIANTS = "/api/v1/inventory/invariants";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    StockInvariants invariants;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void showsTheViolationsToAnAdmin() {
        given(invariants.check()).willReturn(new InvariantReport(Instant.parse("2026-11-25T10:00:00Z"), 12,
                List.of(new InvariantReport.Violation("P1", "stock-not-conserved", "add up to 11, history stocked 10"))));

        assertThat(mvc.get().uri(INVARIANTS).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"checkedAt":"2026-11-25T10:00:00Z","products":12,
                         "violations":[{"productId":"P1","rule":"stock-not-conserved"}]}""");
    }

    @Test
    void keepsTheCheckFromAnonymousCallersAndCustomers() {
        assertThat(mvc.get().uri(INVARIANTS)).hasStatus(401);
        assertThat(mvc.get().uri(INVARIANTS).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))))
                .hasStatus(403);
    }
}
