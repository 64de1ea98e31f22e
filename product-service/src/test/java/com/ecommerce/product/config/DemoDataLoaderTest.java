package com.ecommerce.product.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.ecommerce.product.application.DemoCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;

class DemoDataLoaderTest {

    @Test
    void startsTheServiceEvenWhenTheDemoCatalogCannotBeLoaded() {
        DemoCatalog demo = mock(DemoCatalog.class);
        when(demo.load()).thenThrow(new DataIntegrityViolationException("duplicate key: categories_slug_live"));

        assertThatCode(() -> new DemoDataLoader(demo).run(new DefaultApplicationArguments()))
                .doesNotThrowAnyException();
        verify(demo).load();
    }
}
