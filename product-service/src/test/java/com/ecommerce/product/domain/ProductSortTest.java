package com.ecommerce.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ProductSortTest {

    @Test
    void understandsTheNamesClientsSend() {
        assertThat(ProductSort.parse("price,desc")).contains(ProductSort.PRICE_DESC);
        assertThat(ProductSort.parse("Price_Asc")).contains(ProductSort.PRICE_ASC);
        assertThat(ProductSort.parse("newest")).contains(ProductSort.NEWEST);
        assertThat(ProductSort.parse("cheapest")).isEmpty();
    }

    @Test
    void searchDefaultsToRelevanceWithAKeywordAndNewestWithout() {
        assertThat(search(" Laptop ").sort()).isEqualTo(ProductSort.RELEVANCE);
        assertThat(search(" Laptop ").keyword()).isEqualTo("laptop");
        assertThat(search("  ").sort()).isEqualTo(ProductSort.NEWEST);
    }

    @Test
    void searchRejectsPagesOutOfRange() {
        assertThatThrownBy(() -> new ProductSearch(null, false, null, null, null, Set.of(), null, 0, 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductSearch(null, false, null, null, null, Set.of(), null, -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ProductSearch search(String keyword) {
        return new ProductSearch(null, false, keyword, null, null, Set.of(ProductStatus.ACTIVE), null, 0, 20);
    }
}
