package com.ecommerce.cart.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import com.ecommerce.cart.application.CatalogUnavailable;
import com.ecommerce.cart.application.ProductSource;
import com.ecommerce.cart.config.CartProperties;
import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductStatus;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Reads one product with product-service's batch endpoint ({@code GET /api/v1/products/batch?ids=}),
 * as an anonymous customer: products customers may not see are left out of its answer.
 */
@Component
class ProductServiceClient implements ProductSource {

    private final RestClient http;
    private final String currency;

    ProductServiceClient(@Qualifier("catalogRestClient") RestClient http, CartProperties properties) {
        this.http = http;
        this.currency = properties.catalog().currency();
    }

    @Override
    public Optional<Snapshot> fetch(ProductId id) {
        CatalogProduct[] answer;
        try {
            answer = http.get().uri("/api/v1/products/batch?ids={id}", id.value()).retrieve()
                    .body(CatalogProduct[].class);
        } catch (RestClientResponseException e) {
            // Only "no such product" answers mean the catalog does not offer it; any other
            // refusal (401, 403, 429 ...) says nothing about the product, so it must not become
            // a "product unavailable" answer to the customer.
            if (e.getStatusCode().value() == 400 || e.getStatusCode().value() == 404) {
                return Optional.empty();
            }
            throw new CatalogUnavailable("product-service answered " + e.getStatusCode(), e);
        } catch (RestClientException e) {
            throw new CatalogUnavailable("product-service could not be reached", e);
        }
        return answer == null ? Optional.empty() : Arrays.stream(answer)
                .filter(p -> id.value().equals(p.id()) && p.complete())
                .findFirst().map(this::snapshot);
    }

    private Snapshot snapshot(CatalogProduct p) {
        Product product = new Product(ProductId.of(p.id()), p.name(), p.salePrice(), currency,
                ProductStatus.valueOf(p.status()), false);
        return new Snapshot(product, p.updatedAt() == null ? Instant.EPOCH : p.updatedAt());
    }

    /** The fields of product-service's product response that the cart keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogProduct(String id, String name, BigDecimal salePrice, String status, Instant updatedAt) {

        boolean complete() {
            return name != null && salePrice != null && salePrice.signum() >= 0
                    && Arrays.stream(ProductStatus.values()).anyMatch(s -> s.name().equals(status));
        }
    }
}
