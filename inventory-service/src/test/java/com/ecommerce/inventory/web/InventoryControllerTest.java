package com.ecommerce.inventory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.util.List;

import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import com.ecommerce.inventory.application.StockAdministration;
import com.ecommerce.inventory.application.StockQueries;
import com.ecommerce.inventory.application.StockView;
import com.ecommerce.inventory.domain.Adjustment;
import com.ecommerce.inventory.domain.InsufficientStock;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.StockChange;
import com.ecommerce.inventory.domain.StockHistoryEntry;
import com.ecommerce.inventory.domain.StockLimitExceeded;
import com.ecommerce.inventory.domain.StockMovement;
import com.ecommerce.inventory.domain.StockNotFound;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(InventoryController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class InventoryControllerTest {

    private static final String BASE = "/api/v1/inventory/products";
    private static final String ADJUST = BASE + "/P1/adjust";

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    StockQueries queries;
    @MockitoBean
    StockAdministration administration;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static JwtRequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("admin-1")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    private static JwtRequestPostProcessor customer() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    private static StockView view(String id, int available, int reserved, int sold) {
        return new StockView(id, new Levels(available, reserved, sold), 3);
    }

    @Test
    void showsAProductsStockWithoutAToken() {
        given(queries.stock(ProductId.of("P1"))).willReturn(view("P1", 7, 2, 1));

        assertThat(mvc.get().uri(BASE + "/P1")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"productId":"P1","availableQuantity":7,"reservedQuantity":2,"soldQuantity":1,
                         "totalQuantity":9,"inStock":true}""");
    }

    @Test
    void answers404ProblemForAnUnknownProduct() {
        given(queries.stock(ProductId.of("NOPE"))).willThrow(new StockNotFound(ProductId.of("NOPE")));

        assertThat(mvc.get().uri(BASE + "/NOPE")).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:stock-not-found","status":404,"productId":"NOPE"}""");
    }

    @Test
    void answers400ProblemForAMalformedProductId() {
        assertThat(mvc.get().uri(BASE + "/{id}", "bad id!")).hasStatus(400)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:invalid-identifier");
    }

    @Test
    void readsABatchInTheRequestedOrder() {
        given(queries.stocks(List.of(ProductId.of("B"), ProductId.of("A"))))
                .willReturn(List.of(view("B", 1, 0, 0), view("A", 0, 0, 0)));

        assertThat(mvc.get().uri(BASE + "?productIds=B,A")).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        [{"productId":"B","inStock":true},{"productId":"A","inStock":false}]""");
    }

    @Test
    void refusesABatchWithoutIdsOrWithTooMany() {
        String tooMany = String.join(",", java.util.Collections.nCopies(101, "X"));

        assertThat(mvc.get().uri(BASE)).hasStatus(400);
        assertThat(mvc.get().uri(BASE + "?productIds=" + tooMany)).hasStatus(400);
    }

    @Test
    void adjustsStockForAnAdmin() {
        given(administration.adjust(eq(ProductId.of("P1")), any(), eq("admin-1"))).willReturn(view("P1", 12, 0, 0));

        assertThat(mvc.post().uri(ADJUST).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"quantity":5,"changeType":"INCREASE","reason":"delivery"}"""))
                .hasStatusOk().bodyJson().extractingPath("$.availableQuantity").isEqualTo(12);
    }

    @Test
    void refusesAdjustmentsWithoutATokenOrWithoutTheAdminRole() {
        String body = """
                {"quantity":5,"changeType":"INCREASE"}""";

        assertThat(mvc.post().uri(ADJUST).contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(401);
        assertThat(mvc.post().uri(ADJUST).with(customer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .hasStatus(403);
    }

    @Test
    void answers409ProblemWhenADecreaseExceedsTheAvailableUnits() {
        given(administration.adjust(any(), any(), any())).willThrow(new InsufficientStock(ProductId.of("P1"), 9, 4));

        assertThat(mvc.post().uri(ADJUST).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"quantity":9,"changeType":"DECREASE"}"""))
                .hasStatus(409).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:insufficient-stock","requested":9,"available":4}""");
    }

    @Test
    void answers409ProblemWhenTheStockChangedConcurrently() {
        given(administration.adjust(any(), any(), any()))
                .willThrow(new ObjectOptimisticLockingFailureException("Stock", "P1"));

        assertThat(mvc.post().uri(ADJUST).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"quantity":1,"changeType":"INCREASE"}"""))
                .hasStatus(409).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:concurrent-stock-change");
    }

    @Test
    void answers422ProblemWhenAnIncreaseWouldOverflow() {
        given(administration.adjust(any(), any(), any())).willThrow(new StockLimitExceeded(ProductId.of("P1")));

        assertThat(mvc.post().uri(ADJUST).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"quantity":1,"changeType":"INCREASE"}"""))
                .hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:stock-limit-exceeded");
    }

    @Test
    void answers400ProblemForInvalidAdjustments() {
        for (String body : List.of("""
                {"quantity":0,"changeType":"INCREASE"}""", """
                {"quantity":5}""", """
                {"quantity":5,"changeType":"RESERVE"}""", """
                {"quantity":99999999999,"changeType":"INCREASE"}""", "not json", "")) {
            assertThat(mvc.post().uri(ADJUST).with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                    .hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void showsHistoryNewestFirstToAnAdmin() {
        StockMovement movement = StockMovement.forOrder(ProductId.of("P1"), StockChange.RESERVE, 2,
                new Levels(3, 2, 0), OrderId.of("O1"), "reserved");
        given(queries.history(ProductId.of("P1"), 50))
                .willReturn(List.of(new StockHistoryEntry(1L, movement, Instant.parse("2026-11-25T10:00:00Z"))));

        assertThat(mvc.get().uri(BASE + "/P1/history").with(admin())).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        [{"changeType":"RESERVE","quantity":2,"availableBefore":5,"availableAfter":3,
                          "reservedBefore":0,"reservedAfter":2,"orderId":"O1"}]""");
    }

    @Test
    void keepsHistoryFromCustomersAndBoundsItsLength() {
        given(queries.history(any(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri(BASE + "/P1/history")).hasStatus(401);
        assertThat(mvc.get().uri(BASE + "/P1/history").with(customer())).hasStatus(403);
        assertThat(mvc.get().uri(BASE + "/P1/history?limit=0").with(admin())).hasStatus(400);
        assertThat(mvc.get().uri(BASE + "/P1/history?limit=abc").with(admin())).hasStatus(400);
    }

    @Test
    void answers404ProblemForTheHistoryOfAnUnknownProduct() {
        given(queries.history(any(), anyInt())).willThrow(new StockNotFound(ProductId.of("NOPE")));

        assertThat(mvc.get().uri(BASE + "/NOPE/history").with(admin())).hasStatus(404);
    }

    @Test
    void adjustmentTypesMapToTheDomain() {
        assertThat(new AdjustRequest(2, Adjustment.Type.DECREASE, "x").toAdjustment().change())
                .isEqualTo(StockChange.DECREASE);
    }
}
