package com.ecommerce.product.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the listing SQL from the criteria. A keyword first matches by full text (GIN on
 * {@code search_vector}, ranked by {@code ts_rank}); only when nothing matches exactly does it
 * match by trigram word similarity on the name (GIN on {@code name}), so a typo still finds the
 * product without fuzzy noise diluting exact results. The similarity threshold is
 * {@code pg_trgm.word_similarity_threshold}, set per connection in application.yaml.
 */
class ProductSearchRepositoryImpl implements ProductSearchRepository {

    private static final String TS_QUERY = "plainto_tsquery('simple', :keyword)";

    private final JdbcClient jdbc;

    ProductSearchRepositoryImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private enum Match { EXACT, FUZZY }

    @Override
    public ProductPage search(ProductSearch search) {
        if (search.statuses().isEmpty()) {
            return new ProductPage(List.of(), 0);
        }
        ProductPage exact = page(search, Match.EXACT);
        if (search.keyword() == null || exact.total() > 0) {
            return exact;
        }
        return page(search, Match.FUZZY);
    }

    private ProductPage page(ProductSearch search, Match match) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, match, params);
        params.put("limit", search.size());
        params.put("offset", search.offset());
        List<Long> ids = jdbc.sql("select p.id from products p where " + where + " order by " + orderBy(search, match)
                        + " limit :limit offset :offset")
                .params(params).query(Long.class).list();
        if (ids.size() < search.size() && (!ids.isEmpty() || search.page() == 0)) {
            // A short page is the last one: the total follows without counting.
            return new ProductPage(ids, search.offset() + ids.size());
        }
        long total = jdbc.sql("select count(*) from products p where " + where).params(params)
                .query(Long.class).single();
        return new ProductPage(ids, total);
    }

    private static String where(ProductSearch search, Match match, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>(List.of("p.deleted_at is null", "p.status in (:statuses)"));
        params.put("statuses", search.statuses().stream().map(Enum::name).toList());
        if (search.categoryId() != null) {
            clauses.add(search.includeSubcategories() ? "p.category_id in (" + SUBTREE + ")" : "p.category_id = :categoryId");
            params.put("categoryId", search.categoryId());
        }
        if (search.keyword() != null) {
            clauses.add(match == Match.EXACT ? "p.search_vector @@ " + TS_QUERY : ":keyword <% p.name");
            params.put("keyword", search.keyword());
        }
        if (search.minPrice() != null) {
            clauses.add("p.sale_price >= :minPrice");
            params.put("minPrice", search.minPrice());
        }
        if (search.maxPrice() != null) {
            clauses.add("p.sale_price <= :maxPrice");
            params.put("maxPrice", search.maxPrice());
        }
        return String.join(" and ", clauses);
    }

    private static String orderBy(ProductSearch search, Match match) {
        if (search.sort() != ProductSort.RELEVANCE) {
            return search.sort().orderBy();
        }
        if (search.keyword() == null) {
            return ProductSort.NEWEST.orderBy();
        }
        return match == Match.EXACT ? "ts_rank(p.search_vector, " + TS_QUERY + ") desc, p.id desc"
                : "word_similarity(:keyword, p.name) desc, p.id desc";
    }

    private static final String SUBTREE = """
            with recursive subtree(id) as (
                select id from categories where id = :categoryId and deleted_at is null
                union all
                select c.id from categories c join subtree s on c.parent_id = s.id where c.deleted_at is null)
            select id from subtree""";
}
