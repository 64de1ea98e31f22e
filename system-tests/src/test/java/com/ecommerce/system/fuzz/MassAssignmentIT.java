package com.ecommerce.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.ecommerce.system.Accounts;
import com.ecommerce.system.checkout.Catalog;
import com.ecommerce.system.checkout.Orders;
import com.ecommerce.system.checkout.Shop;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fields a client adds to a request hoping the server binds them (roles, owner, price, status,
 * totals): each request still does what it does without them, and nothing more. The services
 * ignore fields they do not know, so every request here succeeds; what it did is then checked.
 */
class MassAssignmentIT {

    private static final String PRICE = "4000";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String productId;
    static Shop.Session other;

    @BeforeAll
    static void productAndAnotherCustomer() {
        productId = new Catalog(Shop.admin()).productWithStock(PRICE, 20);
        other = Shop.signUp();
    }

    @Test
    void signUpWithRolesMakesACustomer() {
        String email = "mass-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> response = Shop.post("/api/v1/auth/signup", """
                {"email":"%s","password":"%s","name":"Mass Assigner","roles":["ADMIN"],"role":"ADMIN",
                 "id":"%s","admin":true}""".formatted(email, Accounts.PASSWORD, other.userId()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = Shop.json(response);
        assertThat(body.get("user").get("id").asString()).isNotEqualTo(other.userId());
        assertThat(roles(body.get("user"))).containsExactly("CUSTOMER");
        assertThat(tokenRoles(body.get("accessToken").asString())).containsExactly("CUSTOMER");
    }

    @Test
    void renamingYourselfChangesOnlyTheName() {
        Shop.Session me = Shop.signUp();
        String emailBefore = Shop.json(Shop.get("/api/v1/users/me", me.auth())).get("email").asString();
        HttpResponse<String> renamed = Shop.send("PATCH", "/api/v1/users/me", """
                {"name":"Renamed","roles":["ADMIN"],"email":"taken-over@example.com","id":"%s"}"""
                .formatted(other.userId()), me.auth());
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        JsonNode after = Shop.json(Shop.get("/api/v1/users/me", me.auth()));
        assertThat(after.get("id").asString()).isEqualTo(me.userId());
        assertThat(after.get("email").asString()).isEqualTo(emailBefore);
        assertThat(roles(after)).containsExactly("CUSTOMER");
    }

    @Test
    void anOrderIsPricedByTheCatalogOwnedByTheCallerAndStartsPending() {
        Shop.Session me = Shop.signUp();
        HttpResponse<String> placed = Orders.place(me, """
                {"items":[{"productId":"%s","quantity":2,"price":1}],"shippingAddress":"Seoul, Korea",
                 "shippingName":"Mass Assigner","shippingPhone":"010-1234-5678","status":"CONFIRMED",
                 "customerId":"%s","userId":"%s","totalAmount":2}"""
                .formatted(productId, other.userId(), other.userId()), UUID.randomUUID().toString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = Shop.json(placed);
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo(new BigDecimal(PRICE).multiply(BigDecimal.TWO));
        String id = order.get("id").asString();
        assertThat(Shop.list(Shop.json(Shop.get("/api/v1/orders/my", me.auth())))).extracting(o -> o.get("id").asString())
                .contains(id);
        assertThat(Shop.list(Shop.json(Shop.get("/api/v1/orders/my", other.auth())))).extracting(o -> o.get("id").asString())
                .doesNotContain(id);
        assertThat(Shop.get("/api/v1/orders/" + id, other.auth()).statusCode()).isEqualTo(404);
    }

    @Test
    void aCartItemIsPricedByTheCatalogAndLandsInTheCallersCart() {
        Shop.Session me = Shop.signUp();
        HttpResponse<String> added = Shop.post("/api/v1/carts/me/items", """
                {"productId":"%s","quantity":1,"price":1,"userId":"%s","subtotal":1}"""
                .formatted(productId, other.userId()), me.auth());
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        JsonNode cart = Shop.json(added);
        assertThat(cart.get("userId").asString()).isEqualTo(me.userId());
        assertThat(cart.get("items").get(0).get("price").decimalValue()).isEqualByComparingTo(PRICE);
        JsonNode othersCart = Shop.json(Shop.get("/api/v1/carts/me", other.auth()));
        assertThat(othersCart.get("items")).as("the other customer's cart").isEmpty();
    }

    private static java.util.List<String> roles(JsonNode user) {
        return user.get("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static java.util.List<String> tokenRoles(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JSON.readTree(payload).get("roles").valueStream().map(JsonNode::asString).toList();
    }
}
