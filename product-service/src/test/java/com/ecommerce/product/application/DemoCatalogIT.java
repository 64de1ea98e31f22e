package com.ecommerce.product.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ecommerce.product.support.CatalogIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loading the demo catalog is idempotent item by item. Each test runs in a transaction that is
 * rolled back, so no demo catalog stays in {@code product_it} and none of its events reaches Kafka
 * (the outbox rows roll back with it).
 */
@CatalogIntegrationTest
@Transactional
class DemoCatalogIT {

    static final int DEMO_PRODUCTS = 282;

    @Autowired
    DemoCatalog demo;
    @Autowired
    JdbcClient jdbc;

    List<String> slugs;
    List<String> leafSlugs;

    @BeforeEach
    void demoVocabulary() {
        slugs = DemoData.ROOTS.stream()
                .flatMap(root -> Stream.concat(Stream.of(root.slug()), root.leaves().stream().map(DemoData.Leaf::slug)))
                .toList();
        leafSlugs = DemoData.ROOTS.stream().flatMap(root -> root.leaves().stream()).map(DemoData.Leaf::slug).toList();
    }

    @Test
    void aSecondLoadAddsNothing() {
        demo.load();

        assertThat(demo.load()).isZero();
        assertEveryDemoItemLiveOnce();
    }

    @Test
    void reloadsAfterTheFirstDemoCategoryWasDeletedWithoutCollidingWithTheRest() {
        demo.load();
        softDelete("categories", "slug", "electronics");

        assertThat(demo.load()).as("every demo product is still there").isZero();
        assertEveryDemoItemLiveOnce();
    }

    @Test
    void reloadsAfterTheFirstDemoCategoryWasRenamed() {
        demo.load();
        jdbc.sql("update categories set slug = 'gadgets-' || id where slug = 'electronics' and deleted_at is null")
                .update();

        assertThat(demo.load()).isZero();
        assertEveryDemoItemLiveOnce();
    }

    @Test
    void addsBackOnlyTheDemoProductThatWentMissing() {
        demo.load();
        String name = jdbc.sql("""
                        select p.name from products p join categories c on c.id = p.category_id
                        where c.slug = 'laptops' and c.deleted_at is null and p.deleted_at is null
                        order by p.name limit 1""")
                .query(String.class).single();
        softDelete("products", "name", name);

        assertThat(demo.load()).isEqualTo(1);
        assertEveryDemoItemLiveOnce();
    }

    private void softDelete(String table, String column, String value) {
        int rows = jdbc.sql("update " + table + " set deleted_at = now() where " + column + " = :value"
                + " and deleted_at is null").param("value", value).update();
        assertThat(rows).isEqualTo(1);
    }

    private void assertEveryDemoItemLiveOnce() {
        Map<String, Long> categories = jdbc.sql("""
                        select slug, count(*) from categories where deleted_at is null and slug in (:slugs)
                        group by slug""")
                .param("slugs", slugs).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(categories).hasSize(slugs.size()).allSatisfy((slug, count) -> assertThat(count).isOne());

        Map<String, Object> products = jdbc.sql("""
                        select count(*) as live, count(distinct p.name) as names
                        from products p join categories c on c.id = p.category_id
                        where p.deleted_at is null and c.deleted_at is null and c.slug in (:slugs)""")
                .param("slugs", leafSlugs).query().singleRow();
        assertThat(products).containsEntry("live", (long) DEMO_PRODUCTS).containsEntry("names", (long) DEMO_PRODUCTS);
    }
}
