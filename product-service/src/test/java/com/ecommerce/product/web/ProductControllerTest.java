package com.ecommerce.product.web;

import static com.ecommerce.product.web.WebSlice.Callers.admin;
import static com.ecommerce.product.web.WebSlice.Callers.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.application.CatalogBrowsing;
import com.ecommerce.product.application.ProductListing;
import com.ecommerce.product.application.ProductView;
import com.ecommerce.product.application.Visibility;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.ProductSearch;
import com.ecommerce.product.domain.ProductSort;
import com.ecommerce.product.domain.ProductStatus;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ProductController.class)
@WebSlice
class ProductControllerTest {

    static final String ID = IdGenerator.encode(42L);

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CatalogBrowsing browsing;

    @Test
    void listsProductsAsAnArrayWithTheTotalInAHeader() {
        when(browsing.search(any(), eq(Visibility.ACTIVE_ONLY))).thenReturn(new ProductListing(List.of(view()), 57));

        assertThat(mvc.get().uri("/api/v1/products?page=1&size=500&keyword=Laptop&minPrice=10&sort=price,desc"))
                .hasStatusOk().hasHeader("X-Total-Count", "57")
                .bodyJson().extractingPath("$[0].id").isEqualTo(ID);
        ArgumentCaptor<ProductSearch> search = ArgumentCaptor.forClass(ProductSearch.class);
        verify(browsing).search(search.capture(), eq(Visibility.ACTIVE_ONLY));
        assertThat(search.getValue()).extracting(ProductSearch::page, ProductSearch::size, ProductSearch::keyword,
                ProductSearch::sort).containsExactly(1, ProductSearch.MAX_SIZE, "laptop", ProductSort.PRICE_DESC);
    }

    @Test
    void showsAdminsEveryStatus() {
        when(browsing.search(any(), eq(Visibility.ALL_STATUSES))).thenReturn(new ProductListing(List.of(), 0));

        assertThat(mvc.get().uri("/api/v1/products?status=DRAFT").with(admin())).hasStatusOk();
        verify(browsing).search(any(), eq(Visibility.ALL_STATUSES));
    }

    @Test
    void rejectsInvalidListParameters() {
        assertThat(mvc.get().uri("/api/v1/products?sort=cheapest")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
        assertThat(mvc.get().uri("/api/v1/products?minPrice=abc")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/products?page=-1")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/products?categoryId=nope")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/products?status=GONE")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void answersOneProductWithStringIdsAndTheSeedShape() {
        when(browsing.product(42L, Visibility.ACTIVE_ONLY)).thenReturn(view());

        assertThat(mvc.get().uri("/api/v1/products/{id}", ID)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.categoryId", v -> v.assertThat().isEqualTo(IdGenerator.encode(7L)))
                .hasPathSatisfying("$.discountRate", v -> v.assertThat().asNumber().isEqualTo(20.0))
                .hasPathSatisfying("$.images[0].isThumbnail", v -> v.assertThat().isEqualTo(true));
    }

    @Test
    void answersUnknownAndMalformedIdsWith404() {
        when(browsing.product(42L, Visibility.ACTIVE_ONLY)).thenThrow(new ProductNotFound(ID));

        assertThat(mvc.get().uri("/api/v1/products/{id}", ID)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:product-not-found");
        assertThat(mvc.get().uri("/api/v1/products/not-a-tsid!")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void looksUpABatchInRequestOrderOnBothPaths() {
        when(browsing.products(List.of(42L, 7L), Visibility.ACTIVE_ONLY)).thenReturn(List.of(view()));

        assertThat(mvc.get().uri("/api/v1/products/batch?ids={a},{b}", ID, IdGenerator.encode(7L))).hasStatusOk()
                .bodyJson().extractingPath("$.length()").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/products?ids={a}&ids={b}", ID, IdGenerator.encode(7L))).hasStatusOk();
    }

    @Test
    void rejectsBadBatches() {
        String tooMany = String.join(",", java.util.Collections.nCopies(101, ID));
        assertThat(mvc.get().uri("/api/v1/products/batch?ids=" + tooMany)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/products/batch?ids=")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/products/batch")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/products/batch?ids=x")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("ids");
    }

    @Test
    void rejectsBadIdListsOnTheListingPathAsProblems() {
        String tooMany = String.join(",", java.util.Collections.nCopies(101, ID));
        for (String ids : List.of(tooMany, ID + ",not-a-tsid!", "")) {
            assertThat(mvc.get().uri("/api/v1/products?ids=" + ids)).as(ids).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                    .hasPathSatisfying("$.type", v -> v.assertThat().asString().endsWith(":validation-failed"))
                    .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("ids"));
        }
        verifyNoInteractions(browsing);
    }

    @Test
    void searchesWithTheSameCriteriaAsABody() {
        when(browsing.search(any(), eq(Visibility.ACTIVE_ONLY))).thenReturn(new ProductListing(List.of(view()), 1));

        assertThat(mvc.post().uri("/api/v1/products/search").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"keyword":"Laptop","minPrice":null,"maxPrice":null,"categoryId":null,"status":"ACTIVE"}"""))
                .hasStatusOk().hasHeader("X-Total-Count", "1");
        ArgumentCaptor<ProductSearch> search = ArgumentCaptor.forClass(ProductSearch.class);
        verify(browsing).search(search.capture(), eq(Visibility.ACTIVE_ONLY));
        assertThat(search.getValue().statuses()).isEqualTo(Set.of(ProductStatus.ACTIVE));
    }

    @Test
    void rejectsAnUnreadableSearchBody() {
        assertThat(mvc.post().uri("/api/v1/products/search").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"SOMETIMES\"}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post().uri("/api/v1/products/search").contentType(MediaType.APPLICATION_JSON)
                .content("{")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void letsCustomersReadWithTheirToken() {
        when(browsing.product(42L, Visibility.ACTIVE_ONLY)).thenReturn(view());
        assertThat(mvc.get().uri("/api/v1/products/{id}", ID).with(customer())).hasStatusOk();
    }

    static ProductView view() {
        return new ProductView(ID, "Aurora Laptop", "Light", IdGenerator.encode(7L), "Laptops",
                new BigDecimal("1000.00"), new BigDecimal("800.00"), new BigDecimal("20.00"), ProductStatus.ACTIVE,
                List.of(new ProductView.Image("https://img.example/a.jpg", 0, true)), Instant.EPOCH, Instant.EPOCH);
    }
}
