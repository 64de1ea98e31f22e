package com.ecommerce.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ecommerce.product.support.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a catalog of realistic size (100,000 products with brand-variant-noun names, inserted and analysed inside the test's
 * rolled-back transaction) the planner answers both keyword predicates from their GIN indexes;
 * a {@code LIKE '%x%'} scan could use neither.
 */
@CatalogIntegrationTest
class SearchIndexIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void keywordPredicatesUseTheirGinIndexes() {
        bulkCatalog();
        assertThat(plan("p.search_vector @@ plainto_tsquery('simple', 'zephyrine')")).contains("products_search_vector");
        assertThat(plan("'zefyrine' <% p.name")).contains("products_name_trgm");
    }

    private void bulkCatalog() {
        long category = 9_000_000_000L + System.nanoTime() % 1_000_000;
        jdbc.sql("insert into categories (id, name, slug, created_at, updated_at) values (?, 'Bulk', ?, now(), now())")
                .params(category, "bulk-" + category).update();
        jdbc.sql("""
                insert into products (id, name, description, category_id, original_price, sale_price, status,
                                      created_at, updated_at)
                select ? + g, (array['Aurora','Nordik','Hanbit','Vela','Kestrel','Mirae'])[1 + g % 6] || ' '
                       || (array['Classic','Pro','Lite','Max','Mini','Plus','Air','Studio'])[1 + g % 8] || ' '
                       || (array['Laptop','Phone','Chair','Table','Lamp','Kettle','Backpack','Sneakers','Novel',
                                 'Desk','Headphones','Grinder'])[1 + g % 12] || ' ' || substr(md5(g::text), 1, 6),
                       'bulk item ' || md5((g * 7)::text), ?, 10, 9, 'ACTIVE', now(), now()
                from generate_series(1, 100000) g""").params(category * 100, category).update();
        jdbc.sql("analyze products").update();
    }

    private String plan(String predicate) {
        List<String> lines = jdbc.sql("explain select p.id from products p where p.deleted_at is null and " + predicate)
                .query(String.class).list();
        return String.join("\n", lines);
    }
}
