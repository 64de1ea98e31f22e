package com.ecommerce.product.domain;

/** Dynamic product listings in SQL, where PostgreSQL's full-text and trigram indexes are reachable. */
public interface ProductSearchRepository {

    /**
     * At most four statements: the page's ids and, only when the page does not reveal it, the
     * count; the same again with fuzzy matching when a keyword matched nothing exactly.
     */
    ProductPage search(ProductSearch search);
}
