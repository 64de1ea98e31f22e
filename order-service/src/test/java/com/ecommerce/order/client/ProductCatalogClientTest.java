package com.ecommerce.order.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withBadRequest;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import com.ecommerce.order.application.CatalogProduct;
import com.ecommerce.order.application.CatalogUnavailable;
import com.ecommerce.order.domain.ProductId;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class ProductCatalogClientTest {

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://product-service");
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    private final ProductCatalogClient client = new ProductCatalogClient(builder.build());

    @Test
    void readsSalePriceAndStatusInOneBatchCall() {
        server.expect(requestTo("http://product-service/api/v1/products/batch?ids=P1,P2")).andRespond(withSuccess("""
                [{"id":"P1","name":"Laptop","originalPrice":20000,"salePrice":15000.50,"status":"ACTIVE","images":[]}]""",
                MediaType.APPLICATION_JSON));

        List<CatalogProduct> products = client.products(List.of(ProductId.of("P1"), ProductId.of("P2")));

        assertThat(products).singleElement().satisfies(p -> {
            assertThat(p.price()).isEqualByComparingTo("15000.50");
            assertThat(p.orderable()).isTrue();
        });
        server.verify();
    }

    @Test
    void idsTheCatalogRefusesAreNotOrderableButItsFailuresAreUnavailability() {
        server.expect(requestTo("http://product-service/api/v1/products/batch?ids=bad")).andRespond(withBadRequest());
        server.expect(requestTo("http://product-service/api/v1/products/batch?ids=P1")).andRespond(withServerError());

        assertThat(client.products(List.of(ProductId.of("bad")))).isEmpty();
        assertThatThrownBy(() -> client.products(List.of(ProductId.of("P1")))).isInstanceOf(CatalogUnavailable.class);
    }
}
