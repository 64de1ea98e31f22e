package com.ecommerce.cart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.math.BigDecimal;
import java.time.Instant;

import com.ecommerce.cart.CartIT;
import com.ecommerce.cart.CatalogStub;
import com.ecommerce.cart.domain.CartFixtures;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductCopies;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductStatus;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every endpoint through the whole stack (security, JSON, database, catalog read), as a client uses it. */
@CartIT
class CartHttpIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ProductCopies copies;

    private static JwtRequestPostProcessor as(CustomerId customer) {
        return jwt().jwt(token -> token.subject(customer.value()));
    }

    private MvcTestResult add(CustomerId customer, ProductId product, int quantity) {
        return mvc.post().uri("/api/v1/carts/items").with(as(customer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"" + product.value() + "\",\"quantity\":" + quantity + "}").exchange();
    }

    @Test
    void addsChangesAndRemovesItemsByTheIdsTheCartShows() throws Exception {
        CustomerId alice = CartFixtures.newCustomer();
        ProductId product = CartFixtures.newProductId();
        CatalogStub.publish(product, "Keyboard", "1500.00");

        assertThat(add(alice, product, 2)).hasStatusOk();
        MvcTestResult twice = add(alice, product, 3);
        assertThat(twice).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"userId":"%s","totalItemCount":5,"totalPrice":7500.00,
                 "items":[{"productId":"%s","productName":"Keyboard","price":1500.00,"quantity":5,"available":true}]}"""
                .formatted(alice.value(), product.value()));
        String itemId = JsonPath.read(twice.getResponse().getContentAsString(), "$.items[0].id");

        assertThat(mvc.patch().uri("/api/v1/carts/me/items/" + itemId).with(as(alice))
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":7}"))
                .hasStatusOk().bodyJson().extractingPath("$.items[0].quantity").isEqualTo(7);
        assertThat(mvc.put().uri("/api/v1/carts/items/" + itemId).with(as(alice))
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":4}")).hasStatusOk();
        assertThat(mvc.delete().uri("/api/v1/carts/items/" + itemId).with(as(alice))).hasStatusOk()
                .bodyJson().extractingPath("$.items").asArray().isEmpty();
        assertThat(mvc.delete().uri("/api/v1/carts/items/" + itemId).with(as(alice))).hasStatus(404);
    }

    @Test
    void anotherCustomersItemIsNotFound() throws Exception {
        CustomerId alice = CartFixtures.newCustomer();
        CustomerId mallory = CartFixtures.newCustomer();
        ProductId product = known(ProductStatus.ACTIVE);
        String body = add(alice, product, 1).getResponse().getContentAsString();
        String itemId = JsonPath.read(body, "$.items[0].id");

        assertThat(mvc.patch().uri("/api/v1/carts/items/" + itemId).with(as(mallory))
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":9}")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:cart-item-not-found");
        assertThat(mvc.delete().uri("/api/v1/carts/items/" + itemId).with(as(mallory))).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/carts").with(as(alice))).hasStatusOk()
                .bodyJson().extractingPath("$.items[0].quantity").isEqualTo(1);
    }

    @Test
    void refusesInactiveUnknownMalformedAndUnreachableProducts() {
        CustomerId alice = CartFixtures.newCustomer();
        ProductId soldOut = known(ProductStatus.SOLD_OUT);
        ProductId draft = known(ProductStatus.DRAFT);
        ProductId failing = CartFixtures.newProductId();
        CatalogStub.failFor(failing);

        assertThat(add(alice, soldOut, 1)).hasStatus(422).bodyJson()
                .extractingPath("$.productStatus").isEqualTo("SOLD_OUT");
        assertThat(add(alice, draft, 1)).hasStatus(422).bodyJson()
                .extractingPath("$.productStatus").isEqualTo("DRAFT");
        assertThat(add(alice, CartFixtures.newProductId(), 1)).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                {"type":"urn:ecommerce:problem:product-unavailable","productStatus":"UNKNOWN"}""");
        assertThat(mvc.post().uri("/api/v1/carts/items").with(as(alice)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":\"not-a-product\",\"quantity\":1}")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:product-not-found");
        assertThat(add(alice, failing, 1)).hasStatus(503);
    }

    /**
     * The catalog's anonymous read leaves out a DRAFT product exactly as a missing one, so a
     * product the cart has no copy of yet is refused as not for sale, never as not existing.
     */
    @Test
    void aDraftProductTheCartHasNoCopyOfIsUnavailableRatherThanNotFound() {
        CustomerId alice = CartFixtures.newCustomer();
        ProductId draft = CartFixtures.newProductId();
        CatalogStub.publish(draft, "Unreleased", "10.00", "DRAFT");

        assertThat(add(alice, draft, 1)).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:product-unavailable","productId":"%s",
                         "productStatus":"UNKNOWN"}""".formatted(draft.value()));
        assertThat(copies.find(draft)).isEmpty();
    }

    /** A refusal of the catalog read itself says nothing about the product: 503, not "unavailable". */
    @Test
    void aCatalogRefusingTheReadAnswers503() {
        ProductId product = CartFixtures.newProductId();
        CatalogStub.publish(product, "Lamp", "10.00");
        CatalogStub.rejectFor(product, 401);

        assertThat(add(CartFixtures.newCustomer(), product, 1)).hasStatus(503)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:ecommerce:problem:catalog-unavailable");
    }

    @Test
    void answersAQuantityChangeOutsideTheLimitsLikeAnAddition() throws Exception {
        CustomerId alice = CartFixtures.newCustomer();
        String body = add(alice, known(ProductStatus.ACTIVE), 1).getResponse().getContentAsString();
        String itemId = JsonPath.read(body, "$.items[0].id");

        assertThat(mvc.patch().uri("/api/v1/carts/items/" + itemId).with(as(alice))
                .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":100}"))
                .hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"type":"urn:ecommerce:problem:quantity-out-of-range","field":"quantity",
                         "requested":100,"maxQuantity":99}""");
        for (String quantity : new String[] {"0", "-1"}) {
            assertThat(mvc.patch().uri("/api/v1/carts/items/" + itemId).with(as(alice))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":" + quantity + "}"))
                    .hasStatus(400).bodyJson().isLenientlyEqualTo("""
                            {"type":"urn:ecommerce:problem:validation-failed","errors":[{"field":"quantity"}]}""");
        }
        assertThat(mvc.get().uri("/api/v1/carts").with(as(alice))).hasStatusOk()
                .bodyJson().extractingPath("$.items[0].quantity").isEqualTo(1);
    }

    @Test
    void enforcesTheQuantityAndItemLimits() {
        CustomerId alice = CartFixtures.newCustomer();
        ProductId first = known(ProductStatus.ACTIVE);
        assertThat(add(alice, first, 60)).hasStatusOk();

        assertThat(add(alice, first, 40)).hasStatus(422).bodyJson().extractingPath("$.field").isEqualTo("quantity");
        for (int i = 1; i < 5; i++) {
            assertThat(add(alice, known(ProductStatus.ACTIVE), 1)).hasStatusOk();
        }
        assertThat(add(alice, known(ProductStatus.ACTIVE), 1)).hasStatus(409)
                .bodyJson().extractingPath("$.maxItems").isEqualTo(5);
        assertThat(mvc.delete().uri("/api/v1/carts").with(as(alice))).hasStatusOk()
                .bodyJson().extractingPath("$.totalItemCount").isEqualTo(0);
    }

    private ProductId known(ProductStatus status) {
        ProductId id = CartFixtures.newProductId();
        copies.put(new Product(id, "Known", new BigDecimal("10.00"), "KRW", status, false), Instant.now());
        return id;
    }
}
