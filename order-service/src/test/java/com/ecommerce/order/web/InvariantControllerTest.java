package com.ecommerce.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.order.application.OrderInvariantReport;
import com.ecommerce.order.application.OrderInvariants;
import com.ecommerce.order.domain.OrderStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(InvariantController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class InvariantControllerTest {

    private static final String INVARIANTS = "/api/v1/orders/invariants";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    OrderInvariants invariants;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static JwtRequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("0ADMIN0000001")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    @Test
    void showsCountsHeldMoneyAndOverdueSagasToAnAdmin() {
        given(invariants.check(Duration.ofSeconds(30))).willReturn(new OrderInvariantReport(
                Instant.parse("2026-11-25T10:00:00Z"), Map.of(OrderStatus.PENDING, 1L, OrderStatus.CONFIRMED, 2L), 0, 1,
                List.of(new OrderInvariantReport.Held("KRW", new BigDecimal("25000.00"))),
                List.of(new OrderInvariantReport.Violation(Views.ORDER_ID, "ORD-20261125-ABCDEFGH", "overdue-saga",
                        "PENDING in AUTHORIZING_PAYMENT"))));

        assertThat(mvc.get().uri(INVARIANTS).with(admin())).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"counts":{"PENDING":1,"CONFIRMED":2},"unsettled":0,"overdue":1,
                 "held":[{"currency":"KRW","total":25000.00}],
                 "violations":[{"orderId":"%s","rule":"overdue-saga"}]}""".formatted(Views.ORDER_ID));
    }

    @Test
    void takesTheGraceFromTheRequestWithinBounds() {
        given(invariants.check(Duration.ofSeconds(5))).willReturn(new OrderInvariantReport(Instant.now(),
                Map.of(), 0, 0, List.of(), List.of()));

        assertThat(mvc.get().uri(INVARIANTS + "?graceSeconds=5").with(admin())).hasStatusOk();
        assertThat(mvc.get().uri(INVARIANTS + "?graceSeconds=-1").with(admin())).hasStatus(400);
    }

    @Test
    void keepsTheCheckFromAnonymousCallersAndCustomers() {
        assertThat(mvc.get().uri(INVARIANTS)).hasStatus(401);
        assertThat(mvc.get().uri(INVARIANTS).with(OrderControllerTest.customer())).hasStatus(403);
    }
}
