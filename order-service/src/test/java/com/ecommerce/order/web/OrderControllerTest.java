package com.ecommerce.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.order.application.CatalogUnavailable;
import com.ecommerce.order.application.Checkout;
import com.ecommerce.order.application.IdempotencyKeyInFlight;
import com.ecommerce.order.application.IdempotencyKeyReused;
import com.ecommerce.order.application.OrderCancellation;
import com.ecommerce.order.application.OrderQueries;
import com.ecommerce.order.application.PlaceOrder;
import com.ecommerce.order.application.ProductUnavailable;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderNotCancellable;
import com.ecommerce.order.domain.OrderNotFound;
import com.ecommerce.order.domain.OrderStatus;
import com.ecommerce.order.domain.PaymentMethod;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

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

@WebMvcTest(OrderController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class OrderControllerTest {

    private static final String ORDERS = "/api/v1/orders";
    private static final String BODY = """
            {"items":[{"productId":"0PRODUCT00001","quantity":2,"price":10}],
             "shippingName":"Kim Minsu","shippingAddress":"Seoul, Korea","shippingPhone":"010-1234-5678"}""";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    Checkout checkout;
    @MockitoBean
    OrderQueries queries;
    @MockitoBean
    OrderCancellation cancellation;
    /** The live streams are tested through the whole service (OrderStreamIT). */
    @MockitoBean
    OrderStreams streams;
    @MockitoBean
    JwtDecoder jwtDecoder;

    static JwtRequestPostProcessor customer() {
        return jwt().jwt(token -> token.subject(Views.CUSTOMER)).authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    @Test
    void placesAnOrderIgnoringClientPricesAndAnswers201WithTheIdAsAString() {
        given(checkout.placeOrder(any(), isNull())).willReturn(new Checkout.Placement(Views.pending(), false));

        assertThat(mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .hasStatus(201).hasHeader("Location", ORDERS + "/" + Views.ORDER_ID).bodyJson()
                .isLenientlyEqualTo("""
                        {"id":"0KZ3F9Q1A2B3C","status":"PENDING","userId":"0CUSTOMER0001","totalAmount":30000.00,
                         "sagaStep":"RESERVING_STOCK","items":[{"id":"0LINE00000001","productId":"0PRODUCT00001",
                         "price":15000.00,"quantity":2,"subtotal":30000.00}]}""");
        ArgumentCaptor<PlaceOrder> command = ArgumentCaptor.forClass(PlaceOrder.class);
        verify(checkout).placeOrder(command.capture(), isNull());
        assertThat(command.getValue().customerId()).isEqualTo(Views.CUSTOMER);
        assertThat(command.getValue().payment().method()).isEqualTo(PaymentMethod.CARD);
        assertThat(command.getValue().items()).singleElement().satisfies(i -> assertThat(i.quantity()).isEqualTo(2));
    }

    @Test
    void passesTheIdempotencyKeyAndMarksAReplay() {
        given(checkout.placeOrder(any(), eq("key-1"))).willReturn(new Checkout.Placement(Views.pending(), true));

        assertThat(mvc.post().uri(ORDERS).with(customer()).header("Idempotency-Key", "key-1")
                .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .hasStatus(201).hasHeader("Idempotent-Replayed", "true");
    }

    @Test
    void placesAnOrderFromTheCart() {
        given(checkout.placeOrder(any(), isNull())).willReturn(new Checkout.Placement(Views.pending(), false));

        assertThat(mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON).content("""
                {"fromCart":true,"shippingName":"Kim","shippingAddress":"Seoul","shippingPhone":"01012345678",
                 "payment":{"method":"card","token":"tok_chargeDeclined"}}""")).hasStatus(201);
        ArgumentCaptor<PlaceOrder> command = ArgumentCaptor.forClass(PlaceOrder.class);
        verify(checkout).placeOrder(command.capture(), isNull());
        assertThat(command.getValue().fromCart()).isTrue();
        assertThat(command.getValue().payment().token()).isEqualTo("tok_chargeDeclined");
    }

    @Test
    void listsEveryInvalidFieldWith400() {
        assertThat(mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON).content("""
                {"items":[{"productId":"","quantity":0}],"shippingName":"","shippingPhone":"abc",
                 "payment":{"method":"CASH"}}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("items[0].productId", "items[0].quantity", "shippingName", "shippingAddress",
                        "shippingPhone", "payment.method");
        verifyNoInteractions(checkout);
    }

    @Test
    void refusesAnOrderWithNeitherItemsNorCart() {
        assertThat(mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON).content("""
                {"items":[],"shippingName":"a","shippingAddress":"b","shippingPhone":"01012345678"}"""))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("itemsOrCart");
    }

    @Test
    void answers400ForAnUnreadableBody() {
        assertThat(mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON).content("{\"items\":"))
                .hasStatus(400);
        assertThat(mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[{\"productId\":\"P\",\"quantity\":\"many\"}]}")).hasStatus(400);
    }

    @Test
    void answersCheckoutFailuresAsProblems() {
        willThrow(new ProductUnavailable(List.of("0PRODUCT00001"))).given(checkout).placeOrder(any(), any());
        assertThat(post(BODY)).hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:product-unavailable");

        willThrow(new IdempotencyKeyReused()).given(checkout).placeOrder(any(), any());
        assertThat(post(BODY)).hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:idempotency-key-reused");

        willThrow(new IdempotencyKeyInFlight()).given(checkout).placeOrder(any(), any());
        assertThat(post(BODY)).hasStatus(409).hasHeader("Retry-After", "1");

        willThrow(new CatalogUnavailable("down", null)).given(checkout).placeOrder(any(), any());
        assertThat(post(BODY)).hasStatus(503).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:catalog-unavailable");
    }

    @Test
    void needsAToken() {
        assertThat(mvc.post().uri(ORDERS).contentType(MediaType.APPLICATION_JSON).content(BODY)).hasStatus(401);
        assertThat(mvc.get().uri(ORDERS + "/my")).hasStatus(401);
    }

    @Test
    void showsAnOrderToItsOwner() {
        given(queries.order(eq(OrderId.of(Views.ORDER_ID)), any(CurrentUser.class))).willReturn(Views.confirmed());

        assertThat(mvc.get().uri(ORDERS + "/" + Views.ORDER_ID).with(customer())).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("CONFIRMED");
    }

    @Test
    void answers404ForAForeignUnknownOrMalformedOrder() {
        given(queries.order(any(), any())).willThrow(new OrderNotFound(Views.ORDER_ID));

        assertThat(mvc.get().uri(ORDERS + "/" + Views.ORDER_ID).with(customer())).hasStatus(404).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:order-not-found");
        assertThat(mvc.get().uri(ORDERS + "/12345").with(customer())).hasStatus(404);
    }

    @Test
    void listsTheCallersOrdersAsAnArrayWithTheTotalInAHeader() {
        given(queries.mine(Views.CUSTOMER, 1, 5)).willReturn(new PageImpl<>(List.of(Views.pending()),
                PageRequest.of(1, 5), 6));

        assertThat(mvc.get().uri(ORDERS + "/my?page=1&size=5").with(customer())).hasStatusOk()
                .hasHeader("X-Total-Count", "6").bodyJson().extractingPath("$[0].id").isEqualTo(Views.ORDER_ID);
        assertThat(mvc.get().uri(ORDERS + "/my?size=1000").with(customer())).hasStatus(400);
    }

    @Test
    void cancelsAnOrderOrSaysWhyNot() {
        given(cancellation.cancel(eq(OrderId.of(Views.ORDER_ID)), any())).willReturn(Views.cancelled());
        assertThat(mvc.post().uri(ORDERS + "/" + Views.ORDER_ID + "/cancel").with(customer())).hasStatusOk()
                .bodyJson().extractingPath("$.cancellationReason").isEqualTo("CUSTOMER_REQUEST");

        willThrow(new OrderNotCancellable(OrderStatus.SHIPPED)).given(cancellation).cancel(any(), any());
        assertThat(mvc.post().uri(ORDERS + "/" + Views.ORDER_ID + "/cancel").with(customer())).hasStatus(409)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:order-not-cancellable");
        // One "status" member, the HTTP one; the order's is its own member.
        assertThat(mvc.post().uri(ORDERS + "/" + Views.ORDER_ID + "/cancel").with(customer())).bodyJson()
                .hasPathSatisfying("$.status", s -> assertThat(s).asNumber().isEqualTo(409))
                .extractingPath("$.orderStatus").isEqualTo("SHIPPED");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(String body) {
        return mvc.post().uri(ORDERS).with(customer()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
