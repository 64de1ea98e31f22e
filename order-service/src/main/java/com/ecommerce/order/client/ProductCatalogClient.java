package com.ecommerce.order.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.ecommerce.order.application.Catalog;
import com.ecommerce.order.application.CatalogProduct;
import com.ecommerce.order.application.CatalogUnavailable;
import com.ecommerce.order.domain.ProductId;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * product-service's batch read ({@code GET /api/v1/products/batch?ids=}), at most 100 ids per
 * call. Asked anonymously, so only products on sale (ACTIVE) come back.
 */
public class ProductCatalogClient implements Catalog {

    static final int BATCH = 100;

    private final RestClient http;

    public ProductCatalogClient(RestClient http) {
        this.http = http;
    }

    @Override
    public List<CatalogProduct> products(List<ProductId> ids) {
        List<CatalogProduct> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            found.addAll(batch(ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        return found;
    }

    private List<CatalogProduct> batch(List<ProductId> ids) {
        String joined = String.join(",", ids.stream().map(ProductId::value).toList());
        try {
            Product[] products = http.get().uri(uri -> uri.path("/api/v1/products/batch").queryParam("ids", joined).build())
                    .retrieve().body(Product[].class);
            return products == null ? List.of() : Arrays.stream(products).map(Product::toCatalog).toList();
        } catch (HttpClientErrorException e) {
            // The catalog refuses ids it cannot parse: none of them can be ordered.
            return List.of();
        } catch (RestClientException e) {
            throw new CatalogUnavailable("The catalog could not price the order.", e);
        }
    }

    /** The fields of product-service's ProductResponse that checkout needs; others are ignored. */
    record Product(String id, String name, BigDecimal salePrice, String status) {

        CatalogProduct toCatalog() {
            return new CatalogProduct(id, name, salePrice, status);
        }
    }
}
