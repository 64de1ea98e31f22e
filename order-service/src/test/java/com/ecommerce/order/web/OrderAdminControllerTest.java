package com.ecommerce.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Duration;
import java.util.List;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.order.application.Fulfilment;
import com.ecommerce.order.application.OrderQueries;
import com.ecommerce.order.application.SagaSupervision;
import com.ecommerce.order.application.StuckSaga;
import com.ecommerce.order.domain.CancellationReason;
import com.ecommerce.order.domain.IllegalOrderTransition;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderStatus;
import com.ecommerce.order.domain.PaymentState;
import com.ecommerce.order.domain.SagaNotRetryable;
import com.ecommerce.order.domain.SagaStep;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(OrderAdminController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class OrderAdminControllerTest {

    private static final String ORDER = "/api/v1/orders/" + Views.ORDER_ID;

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    OrderQueries queries;
    @MockitoBean
    Fulfilment fulfilment;
    @MockitoBean
    SagaSupervision supervision;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static JwtRequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("0ADMIN0000001")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    @Test
    void listsOrdersByStatusForAdminsOnly() {
        given(queries.all(OrderStatus.CONFIRMED, 0, 20)).willReturn(new PageImpl<>(List.of(Views.confirmed()),
                PageRequest.of(0, 20), 1));

        assertThat(mvc.get().uri("/api/v1/orders?status=CONFIRMED").with(admin())).hasStatusOk()
                .hasHeader("X-Total-Count", "1").bodyJson().extractingPath("$[0].status").isEqualTo("CONFIRMED");
        assertThat(mvc.get().uri("/api/v1/orders?status=CONFIRMED").with(OrderControllerTest.customer())).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/orders?status=LOST").with(admin())).hasStatus(400);
    }

    @Test
    void shipsAndDeliversOrExplainsTheConflict() {
        given(fulfilment.ship(OrderId.of(Views.ORDER_ID))).willReturn(
                Views.view(OrderStatus.SHIPPED, null, SagaStep.COMPLETED, PaymentState.CAPTURED));
        assertThat(mvc.post().uri(ORDER + "/ship").with(admin())).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("SHIPPED");

        willThrow(new IllegalOrderTransition(OrderStatus.PENDING, "delivered")).given(fulfilment).deliver(any());
        assertThat(mvc.post().uri(ORDER + "/deliver").with(admin())).hasStatus(409).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:illegal-order-transition");
        assertThat(mvc.post().uri(ORDER + "/ship").with(OrderControllerTest.customer())).hasStatus(403);
    }

    @Test
    void showsStuckSagasWithAgeStepAndLastMessage() {
        given(supervision.stuck(Duration.ofSeconds(30), 100)).willReturn(List.of(new StuckSaga(Views.ORDER_ID,
                "ORD-20260110-ABCDEFGH", OrderStatus.PENDING, SagaStep.AUTHORIZING_PAYMENT, PaymentState.AUTHORIZING,
                Views.PLACED, 95, Views.PLACED.plusSeconds(90), true, "StockReserved", Views.PLACED)));

        assertThat(mvc.get().uri("/api/v1/orders/sagas/stuck?olderThanSeconds=30").with(admin())).hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        [{"orderId":"0KZ3F9Q1A2B3C","sagaStep":"AUTHORIZING_PAYMENT","ageSeconds":95,
                          "overdue":true,"lastMessage":"StockReserved"}]""");
    }

    @Test
    void retriesOrCompensatesASaga() {
        given(supervision.compensate(OrderId.of(Views.ORDER_ID))).willReturn(
                Views.view(OrderStatus.CANCELLED, CancellationReason.ADMIN, SagaStep.AUTHORIZING_PAYMENT,
                        PaymentState.VOID_REQUESTED));
        assertThat(mvc.post().uri(ORDER + "/saga/compensate").with(admin())).hasStatusOk().bodyJson()
                .extractingPath("$.cancellationReason").isEqualTo("ADMIN");

        willThrow(new SagaNotRetryable(OrderStatus.CONFIRMED, PaymentState.CAPTURED)).given(supervision).retry(any());
        assertThat(mvc.post().uri(ORDER + "/saga/retry").with(admin())).hasStatus(409).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:saga-not-retryable");
        assertThat(mvc.post().uri(ORDER + "/saga/retry").with(OrderControllerTest.customer())).hasStatus(403);
    }
}
