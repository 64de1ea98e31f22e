package com.ecommerce.cart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.ecommerce.cart.application.CartEditing;
import com.ecommerce.cart.application.CartView;
import com.ecommerce.cart.application.CatalogUnavailable;
import com.ecommerce.cart.domain.CartFull;
import com.ecommerce.cart.domain.CartItemId;
import com.ecommerce.cart.domain.CartItemNotFound;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductUnavailable;
import com.ecommerce.cart.domain.QuantityOutOfRange;
import com.ecommerce.defaults.problem.ProblemDetailsAutoConfiguration;
import com.ecommerce.defaults.security.SecurityAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(CartController.class)
@Import({SecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class})
class CartControllerTest {

    private static final CustomerId ALICE = CustomerId.of("alice");
    private static final String PRODUCT = "0ABCDEFGHJKMN";
    private static final String ITEM = "0KZ1G9WQ0A7M2";
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CartEditing editing;
    @MockitoBean
    JwtDecoder jwtDecoder;

    private static JwtRequestPostProcessor alice() {
        return jwt().jwt(token -> token.subject("alice"));
    }

    private static CartView cart(int quantity) {
        CartView.Item item = new CartView.Item(ITEM, PRODUCT, "Keyboard", new BigDecimal("1500.00"), "KRW", quantity,
                new BigDecimal("1500.00").multiply(BigDecimal.valueOf(quantity)), true, "ACTIVE", AT, AT);
        return new CartView("0CART00000001", "alice", List.of(item), item.subtotal(), quantity, "KRW", false, AT, AT);
    }

    private static CartView empty() {
        return new CartView("0CART00000001", "alice", List.of(), BigDecimal.ZERO, 0, null, false, AT, AT);
    }

    @Test
    void showsTheCallersCartInTheSeedsShape() {
        given(editing.view(ALICE)).willReturn(cart(2));

        for (String path : List.of("/api/v1/carts", "/api/v1/carts/me")) {
            assertThat(mvc.get().uri(path).with(alice())).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                    {"id":"0CART00000001","userId":"alice","totalPrice":3000.00,"totalItemCount":2,
                     "items":[{"id":"0KZ1G9WQ0A7M2","productId":"0ABCDEFGHJKMN","productName":"Keyboard",
                               "price":1500.00,"quantity":2,"subtotal":3000.00,"available":true}]}""");
        }
    }

    @Test
    void refusesEveryEndpointWithoutAToken() {
        assertThat(mvc.get().uri("/api/v1/carts")).hasStatus(401);
        assertThat(mvc.post().uri("/api/v1/carts/items").contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}")).hasStatus(401);
        assertThat(mvc.delete().uri("/api/v1/carts")).hasStatus(401);
    }

    @Test
    void addsAnItemAndAnswersTheWholeCartWith200() {
        given(editing.add(ALICE, ProductId.of(PRODUCT), 2)).willReturn(cart(2));

        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":2}"))
                .hasStatusOk().bodyJson().extractingPath("$.items[0].quantity").isEqualTo(2);
    }

    @Test
    void answers400ProblemListingTheFieldForInvalidAdditions() {
        for (String body : List.of("{\"productId\":\"" + PRODUCT + "\",\"quantity\":0}",
                "{\"productId\":\"" + PRODUCT + "\"}", "{\"quantity\":1}",
                "{\"productId\":\"" + PRODUCT + "\",\"quantity\":99999999999}", "{\"productId\":", "")) {
            assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":-1}")).hasStatus(400)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:validation-failed","errors":[{"field":"quantity"}]}""");
    }

    @Test
    void answers422ProblemWithTheFieldForAQuantityOverTheLimit() {
        given(editing.add(any(), any(), anyInt())).willThrow(new QuantityOutOfRange(120, 99));

        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":120}"))
                .hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:quantity-out-of-range","field":"quantity",
                         "requested":120,"maxQuantity":99}""");
    }

    @Test
    void answers422ProblemForAnInactiveProduct() {
        given(editing.add(any(), any(), anyInt()))
                .willThrow(new ProductUnavailable(ProductId.of(PRODUCT), "DISCONTINUED"));

        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}"))
                .hasStatus(422).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:product-unavailable","productId":"0ABCDEFGHJKMN",
                         "productStatus":"DISCONTINUED"}""");
    }

    @Test
    void answers422ProblemForAProductTheCatalogDoesNotOffer() {
        given(editing.add(any(), any(), anyInt())).willThrow(ProductUnavailable.notOffered(ProductId.of(PRODUCT)));

        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}"))
                .hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:product-unavailable","productId":"0ABCDEFGHJKMN",
                         "productStatus":"UNKNOWN","detail":"Product 0ABCDEFGHJKMN is not available for sale."}""");
    }

    @Test
    void answers404ProblemForAMalformedProductId() {
        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"no such id!\",\"quantity\":1}"))
                .hasStatus(404).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:product-not-found","productId":"no such id!"}""");
        then(editing).shouldHaveNoInteractions();
    }

    @Test
    void answers409ProblemWhenTheCartIsFull() {
        given(editing.add(any(), any(), anyInt())).willThrow(new CartFull(50));

        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}"))
                .hasStatus(409).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:cart-full","maxItems":50}""");
    }

    @Test
    void answers503ProblemWhenTheCatalogCannotBeAsked() {
        given(editing.add(any(), any(), anyInt())).willThrow(new CatalogUnavailable("down", null));

        assertThat(mvc.post().uri("/api/v1/carts/items").with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + PRODUCT + "\",\"quantity\":1}"))
                .hasStatus(503).bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:catalog-unavailable");
    }

    @Test
    void changesAQuantityWithPatchPutAndTheSeedReadmesPath() {
        given(editing.changeQuantity(ALICE, CartItemId.parse(ITEM), 5)).willReturn(cart(5));

        assertThat(mvc.patch().uri("/api/v1/carts/items/" + ITEM).with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"quantity\":5}")).hasStatusOk().bodyJson().extractingPath("$.totalItemCount").isEqualTo(5);
        assertThat(mvc.put().uri("/api/v1/carts/items/" + ITEM).with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"quantity\":5}")).hasStatusOk();
        assertThat(mvc.patch().uri("/api/v1/carts/me/items/" + ITEM).with(alice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":5}")).hasStatusOk();
        then(editing).should(org.mockito.Mockito.times(3)).changeQuantity(ALICE, CartItemId.parse(ITEM), 5);
    }

    /** The same answers as an addition: 400 for what the request itself gets wrong, listing the field. */
    @Test
    void answers400ProblemForAMissingNonPositiveOrMalformedNewQuantity() {
        for (String body : List.of("{}", "{\"quantity\":0}", "{\"quantity\":-1}", "{\"quantity\":-2147483648}")) {
            assertThat(mvc.patch().uri("/api/v1/carts/items/" + ITEM).with(alice())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(400)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                            {"type":"urn:ecommerce:problem:validation-failed","errors":[{"field":"quantity"}]}""");
        }
        for (String body : List.of("{\"quantity\":\"many\"}", "{\"quantity\":99999999999}", "{\"quantity\":", "")) {
            assertThat(mvc.put().uri("/api/v1/carts/items/" + ITEM).with(alice())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(400)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        then(editing).shouldHaveNoInteractions();
    }

    @Test
    void answers422ProblemWithTheFieldForANewQuantityOverTheLimit() {
        given(editing.changeQuantity(ALICE, CartItemId.parse(ITEM), 120)).willThrow(new QuantityOutOfRange(120, 99));

        for (String path : List.of("/api/v1/carts/items/" + ITEM, "/api/v1/carts/me/items/" + ITEM)) {
            assertThat(mvc.patch().uri(path).with(alice()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"quantity\":120}"))
                    .hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                            {"type":"urn:ecommerce:problem:quantity-out-of-range","field":"quantity",
                             "requested":120,"maxQuantity":99}""");
        }
    }

    @Test
    void answers404ProblemForAForeignOrMalformedItemId() {
        given(editing.changeQuantity(eq(ALICE), any(), anyInt())).willThrow(new CartItemNotFound(ITEM));
        given(editing.remove(eq(ALICE), any())).willThrow(new CartItemNotFound(ITEM));

        assertThat(mvc.patch().uri("/api/v1/carts/items/" + ITEM).with(alice()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"quantity\":1}")).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:cart-item-not-found","itemId":"0KZ1G9WQ0A7M2"}""");
        assertThat(mvc.delete().uri("/api/v1/carts/items/" + ITEM).with(alice())).hasStatus(404);
        assertThat(mvc.delete().uri("/api/v1/carts/items/12345").with(alice())).hasStatus(404);
        assertThat(mvc.patch().uri("/api/v1/carts/items/{id}", "x y!").with(alice())
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":1}")).hasStatus(404);
    }

    @Test
    void removesAnItemAndEmptiesTheCart() {
        given(editing.remove(ALICE, CartItemId.parse(ITEM))).willReturn(empty());
        given(editing.clear(ALICE)).willReturn(empty());

        assertThat(mvc.delete().uri("/api/v1/carts/items/" + ITEM).with(alice())).hasStatusOk()
                .bodyJson().extractingPath("$.items").asArray().isEmpty();
        assertThat(mvc.delete().uri("/api/v1/carts").with(alice())).hasStatusOk()
                .bodyJson().extractingPath("$.totalItemCount").isEqualTo(0);
    }
}
