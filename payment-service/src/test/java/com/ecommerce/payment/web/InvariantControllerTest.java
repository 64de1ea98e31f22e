package com.ecommerce.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.payment.application.PaymentInvariantReport;
import com.ecommerce.payment.application.PaymentInvariants;
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

    private static final String INVARIANTS = "/api/v1/payments/invariants";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    PaymentInvariants invariants;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void showsTotalsAndViolationsToAnAdmin() {
        given(invariants.check()).willReturn(new PaymentInvariantReport(Instant.parse("2026-11-25T10:00:00Z"), 3, 1,
                List.of(new PaymentInvariantReport.Totals("KRW", new BigDecimal("30000.0000"), new BigDecimal("5000.0000"))),
                List.of(new PaymentInvariantReport.Violation("O1", "0ABC", "multiple-captures", "2 succeeded charges"))));

        assertThat(mvc.get().uri(INVARIANTS).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"payments":3,"inFlight":1,
                         "totals":[{"currency":"KRW","capturedTotal":30000.0000,"refundedTotal":5000.0000}],
                         "violations":[{"orderId":"O1","paymentId":"0ABC","rule":"multiple-captures"}]}""");
    }

    @Test
    void keepsTheCheckFromAnonymousCallersAndCustomers() {
        assertThat(mvc.get().uri(INVARIANTS)).hasStatus(401);
        assertThat(mvc.get().uri(INVARIANTS).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"))))
                .hasStatus(403);
    }
}
