package com.ecommerce.cart.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The local copy of the catalog. Every write carries the time of the change it applies and is
 * skipped if the row already reflects a newer one, so a late snapshot or a replayed event never
 * brings back an old price or status.
 */
@Component
public class ProductCopies {

    private static final RowMapper<Product> PRODUCT = (rs, row) -> new Product(ProductId.of(rs.getString("id")),
            rs.getString("name"), rs.getBigDecimal("price"), rs.getString("currency"),
            ProductStatus.valueOf(rs.getString("status")), rs.getBoolean("deleted"));

    private final JdbcClient jdbc;

    ProductCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Product> find(ProductId id) {
        return jdbc.sql("select * from product where id = ?").param(id.value()).query(PRODUCT).optional();
    }

    /** One query for all of them; unknown ids are left out. */
    public List<Product> findAll(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from product where id in (:ids)")
                .param("ids", ids.stream().map(ProductId::value).toList()).query(PRODUCT).list();
    }

    /** A product as the catalog announced or reported it, replacing an older copy. */
    public void put(Product product, Instant asOf) {
        jdbc.sql("""
                insert into product (id, name, price, currency, status, deleted, as_of)
                values (:id, :name, :price, :currency, :status, :deleted, :asOf)
                on conflict (id) do update set name = excluded.name, price = excluded.price,
                    currency = excluded.currency, status = excluded.status, deleted = excluded.deleted,
                    as_of = excluded.as_of
                 where product.as_of <= excluded.as_of""")
                .param("id", product.id().value()).param("name", product.name()).param("price", product.price())
                .param("currency", product.currency()).param("status", product.status().name())
                .param("deleted", product.deleted()).param("asOf", Timestamp.from(asOf))
                .update();
    }

    /** A price change of a known product; one the cart never saw is read when first added. */
    public void changePrice(ProductId id, BigDecimal price, String currency, Instant asOf) {
        jdbc.sql("update product set price = ?, currency = ?, as_of = ? where id = ? and as_of <= ?")
                .params(price, currency, Timestamp.from(asOf), id.value(), Timestamp.from(asOf)).update();
    }

    /** A new name of a known product (the catalog's ProductRevised). */
    public void rename(ProductId id, String name, Instant asOf) {
        jdbc.sql("update product set name = ?, as_of = ? where id = ? and as_of <= ?")
                .params(name, Timestamp.from(asOf), id.value(), Timestamp.from(asOf)).update();
    }

    public void changeStatus(ProductId id, ProductStatus status, Instant asOf) {
        jdbc.sql("update product set status = ?, as_of = ? where id = ? and as_of <= ?")
                .params(status.name(), Timestamp.from(asOf), id.value(), Timestamp.from(asOf)).update();
    }

    /** Deleted products stay, flagged, so carts holding them can say why they cannot be ordered. */
    public void markDeleted(ProductId id, Instant asOf) {
        jdbc.sql("update product set deleted = true, as_of = ? where id = ? and as_of <= ?")
                .params(Timestamp.from(asOf), id.value(), Timestamp.from(asOf)).update();
    }
}
