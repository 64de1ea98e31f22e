package com.ecommerce.order.client;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import com.ecommerce.order.application.CartUnavailable;
import com.ecommerce.order.application.Carts;
import com.ecommerce.order.application.PlaceOrder;
import com.ecommerce.order.domain.ProductId;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * cart-service's {@code GET /api/v1/carts}, called with the customer's own access token: the
 * cart service decides whose cart it is, so this service never names a cart it was not shown.
 */
public class CartClient implements Carts {

    private final RestClient http;

    public CartClient(RestClient http) {
        this.http = http;
    }

    @Override
    public List<PlaceOrder.Item> currentCart() {
        try {
            JsonNode cart = http.get().uri("/api/v1/carts").header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                    .retrieve().body(JsonNode.class);
            return cart == null ? List.of() : items(cart.path("items"));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return List.of();
            }
            throw new CartUnavailable("The cart could not be read.", e);
        } catch (RestClientException e) {
            throw new CartUnavailable("The cart could not be read.", e);
        }
    }

    private static List<PlaceOrder.Item> items(JsonNode lines) {
        List<PlaceOrder.Item> items = new ArrayList<>();
        for (JsonNode line : lines) {
            String productId = line.path("productId").asString("");
            int quantity = line.path("quantity").asInt(0);
            if (!productId.isBlank() && quantity > 0) {
                items.add(new PlaceOrder.Item(ProductId.of(productId), quantity));
            }
        }
        return items;
    }

    private static String token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return jwt.getToken().getTokenValue();
        }
        throw new CartUnavailable("Reading the cart needs the customer's access token.", null);
    }
}
