package com.ecommerce.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.util.List;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.payment.application.AdminRefunds;
import com.ecommerce.payment.application.PaymentQueries;
import com.ecommerce.payment.application.PaymentView;
import com.ecommerce.payment.application.Reconciliation;
import com.ecommerce.payment.application.ReconciliationReport;
import com.ecommerce.payment.application.TransactionView;
import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.PaymentDetails;
import com.ecommerce.payment.domain.PaymentId;
import com.ecommerce.payment.domain.PaymentMethod;
import com.ecommerce.payment.domain.PaymentNotFound;
import com.ecommerce.payment.domain.PaymentNotRefundable;
import com.ecommerce.payment.domain.PaymentStatus;
import com.ecommerce.payment.domain.TransactionOutcome;
import com.ecommerce.payment.domain.TransactionType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PaymentController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class PaymentControllerTest {

    private static final String BASE = "/api/v1/payments";
    private static final long ID = 123456789L;
    private static final String ID_STRING = new PaymentId(ID).toString();

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    PaymentQueries queries;
    @MockitoBean
    AdminRefunds refunds;
    @MockitoBean
    Reconciliation reconciliation;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static JwtRequestPostProcessor customer() {
        return jwt().jwt(token -> token.subject("customer-1")).authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    private static JwtRequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("admin-1")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    private static PaymentView view(PaymentStatus status) {
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        return new PaymentView(ID, "ORDER1", "customer-1", Money.of("19.99", "USD"), status,
                new PaymentDetails(PaymentMethod.CARD, "tok_visa", "simulated", "ch_1", null, null, null, at, at),
                List.of(new TransactionView(1, TransactionType.CHARGE, TransactionOutcome.SUCCEEDED,
                        Money.of("19.99", "USD"), "succeeded", "ok", "ch_1", at)));
    }

    @Test
    void showsTheOwnerTheirPaymentWithItsLedgerAndExactAmounts() {
        given(queries.byId(eq(new PaymentId(ID)), any())).willReturn(view(PaymentStatus.CAPTURED));

        assertThat(mvc.get().uri(BASE + "/" + ID_STRING).with(customer())).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"id":"%s","orderId":"ORDER1","amount":"19.99","currency":"USD","status":"CAPTURED",
                         "transactions":[{"type":"CHARGE","outcome":"SUCCEEDED","amount":"19.99","providerCode":"succeeded"}]}"""
                        .formatted(ID_STRING));
    }

    @Test
    void neverShowsTheCardToken() {
        given(queries.byId(any(), any())).willReturn(view(PaymentStatus.CAPTURED));

        assertThat(mvc.get().uri(BASE + "/" + ID_STRING).with(customer())).hasStatusOk().bodyText()
                .doesNotContain("tok_visa");
    }

    @Test
    void answers404ForAnotherCustomersOrAnUnknownPaymentAnd400ForAMalformedId() {
        given(queries.byId(any(), any())).willThrow(new PaymentNotFound(ID_STRING));

        assertThat(mvc.get().uri(BASE + "/" + ID_STRING).with(customer())).hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:payment-not-found");
        assertThat(mvc.get().uri(BASE + "/{id}", "not-a-tsid!").with(customer())).hasStatus(400)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-identifier");
    }

    @Test
    void needsATokenForEveryRead() {
        assertThat(mvc.get().uri(BASE + "/my")).hasStatus(401);
        assertThat(mvc.get().uri(BASE + "/" + ID_STRING)).hasStatus(401);
    }

    @Test
    void listsTheCallersPaymentsPagedAndBoundsThePageSize() {
        given(queries.mine(any(), eq(0), eq(20)))
                .willReturn(new PageImpl<>(List.of(view(PaymentStatus.CAPTURED)), PageRequest.of(0, 20), 1));

        assertThat(mvc.get().uri(BASE + "/my").with(customer())).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"content":[{"orderId":"ORDER1"}],"page":0,"size":20,"totalElements":1}""");
        assertThat(mvc.get().uri(BASE + "/my?size=1000").with(customer())).hasStatus(400);
        assertThat(mvc.get().uri(BASE + "/my?page=-1").with(customer())).hasStatus(400);
    }

    @Test
    void findsTheOrdersPayment() {
        given(queries.byOrder(any(), any())).willReturn(view(PaymentStatus.FAILED));

        assertThat(mvc.get().uri(BASE + "/orders/ORDER1").with(customer())).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("FAILED");
        assertThat(mvc.get().uri(BASE + "/orders/{id}", "bad id").with(customer())).hasStatus(400);
    }

    @Test
    void letsOnlyAdminsRefund() {
        given(refunds.refund(eq(new PaymentId(ID)), eq("damaged"), any())).willReturn(view(PaymentStatus.REFUNDED));

        assertThat(mvc.post().uri(BASE + "/" + ID_STRING + "/refund").with(customer())).hasStatus(403);
        assertThat(mvc.post().uri(BASE + "/" + ID_STRING + "/refund").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"damaged\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("REFUNDED");
    }

    @Test
    void answers409WhenThereIsNothingToRefund() {
        given(refunds.refund(any(), any(), any())).willThrow(new PaymentNotRefundable(PaymentStatus.FAILED));

        assertThat(mvc.post().uri(BASE + "/" + ID_STRING + "/refund").with(admin())).hasStatus(409)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:payment-not-refundable","paymentStatus":"FAILED"}""");
    }

    @Test
    void showsTheReconciliationToAdminsOnly() {
        given(reconciliation.report()).willReturn(new ReconciliationReport(Instant.parse("2026-11-25T10:00:00Z"),
                List.of(new ReconciliationReport.Discrepancy("O1", 1L, "CAPTURED", "CANCELLED", null, "USD")), List.of()));

        assertThat(mvc.get().uri(BASE + "/reconciliation").with(customer())).hasStatus(403);
        assertThat(mvc.get().uri(BASE + "/reconciliation").with(admin())).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"capturedWithoutConfirmedOrder":[{"orderId":"O1","orderStatus":"CANCELLED"}],
                         "confirmedWithoutCapture":[]}""");
    }

    @Test
    void answers400NotA500ForABrokenBody() {
        assertThat(mvc.post().uri(BASE + "/" + ID_STRING + "/refund").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{not json")).hasStatus(400);
        assertThat(mvc.get().uri(BASE + "/my?page=abc").with(customer())).hasStatus(400);
    }
}
