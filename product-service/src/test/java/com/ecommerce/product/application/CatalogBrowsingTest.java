package com.ecommerce.product.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.ProductSearch;
import com.ecommerce.product.domain.ProductStatus;
import org.junit.jupiter.api.Test;

class CatalogBrowsingTest {

    private final ProductLookup lookup = mock(ProductLookup.class);
    private final CatalogBrowsing browsing = new CatalogBrowsing(lookup);

    @Test
    void hidesProductsThatAreNotActiveFromCustomers() {
        when(lookup.find(1L)).thenReturn(view(1L, ProductStatus.DRAFT));

        assertThatThrownBy(() -> browsing.product(1L, Visibility.ACTIVE_ONLY)).isInstanceOf(ProductNotFound.class);
        assertThat(browsing.product(1L, Visibility.ALL_STATUSES).status()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void answersUnknownProductsAsNotFound() {
        assertThatThrownBy(() -> browsing.product(2L, Visibility.ALL_STATUSES)).isInstanceOf(ProductNotFound.class);
    }

    @Test
    void batchKeepsOrderAndDropsHiddenProducts() {
        when(lookup.findAll(List.of(3L, 1L, 2L))).thenReturn(
                List.of(view(3L, ProductStatus.ACTIVE), view(1L, ProductStatus.SOLD_OUT), view(2L, ProductStatus.ACTIVE)));

        assertThat(browsing.products(List.of(3L, 1L, 2L), Visibility.ACTIVE_ONLY)).extracting(ProductView::id)
                .containsExactly(IdGenerator.encode(3L), IdGenerator.encode(2L));
    }

    @Test
    void batchAcceptsAtMostAHundredIds() {
        List<Long> tooMany = LongStream.rangeClosed(1, 101).boxed().toList();
        assertThatThrownBy(() -> browsing.products(tooMany, Visibility.ALL_STATUSES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browsing.products(List.of(), Visibility.ALL_STATUSES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customersAskingForDraftsGetNothingWithoutAQuery() {
        ProductSearch drafts = new ProductSearch(null, false, null, null, null, Set.of(ProductStatus.DRAFT), null, 0, 20);

        assertThat(browsing.search(drafts, Visibility.ACTIVE_ONLY).products()).isEmpty();
        verify(lookup, never()).search(any());
    }

    @Test
    void customersListOnlyActiveProducts() {
        ProductSearch all = new ProductSearch(null, false, null, null, null, EnumSet.allOf(ProductStatus.class), null, 0, 20);
        when(lookup.search(all.withStatuses(Set.of(ProductStatus.ACTIVE)))).thenReturn(new ProductListing(List.of(), 0));

        browsing.search(all, Visibility.ACTIVE_ONLY);

        verify(lookup).search(all.withStatuses(Set.of(ProductStatus.ACTIVE)));
    }

    static ProductView view(long id, ProductStatus status) {
        return new ProductView(IdGenerator.encode(id), "Laptop", null, IdGenerator.encode(9L), "Laptops",
                BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("90.00"), status, List.of(), Instant.EPOCH, Instant.EPOCH);
    }
}
