package com.ecommerce.product.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;

import com.ecommerce.product.application.ProductLookup;
import com.ecommerce.product.domain.ProductSearch;
import com.ecommerce.product.domain.ProductStatus;
import com.ecommerce.product.support.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reaches the advice when input slips past validation, with the real driver and Spring's
 * translation: PostgreSQL's data errors and a unique violation are both DataIntegrityViolationException,
 * and {@link SqlErrors} tells the bad input (400) from the conflict (409).
 */
@CatalogIntegrationTest
class SqlErrorsIT {

    @Autowired
    ProductLookup lookup;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulByteIsADataError() {
        assertDataError(search("kettle\u0000", null));
    }

    @Test
    void aScaleBeyondPostgresNumericRangeIsADataError() {
        assertDataError(search(null, new BigDecimal("1e-999999")));
    }

    @Test
    @Transactional
    void aDuplicateSlugIsAConflictNotADataError() {
        String insert = "insert into categories (id, name, slug, created_at, updated_at)"
                + " values (?, 'Twin', ?, now(), now())";
        long id = 8_000_000_000L + System.nanoTime() % 1_000_000_000L;
        String slug = "twin-" + id;
        jdbc.sql(insert).params(id, slug).update();

        assertThatThrownBy(() -> jdbc.sql(insert).params(id + 1, slug).update())
                .isInstanceOfSatisfying(DataIntegrityViolationException.class,
                        e -> assertThat(SqlErrors.isDataError(e)).isFalse());
    }

    private ProductSearch search(String keyword, BigDecimal minPrice) {
        return new ProductSearch(null, false, keyword, minPrice, null, EnumSet.of(ProductStatus.ACTIVE), null, 0, 20);
    }

    private void assertDataError(ProductSearch search) {
        assertThatThrownBy(() -> lookup.search(search)).isInstanceOfSatisfying(DataIntegrityViolationException.class,
                e -> assertThat(SqlErrors.isDataError(e)).as(e.getMostSpecificCause().toString()).isTrue());
    }
}
