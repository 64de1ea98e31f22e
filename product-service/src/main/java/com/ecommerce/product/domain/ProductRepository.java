package com.ecommerce.product.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Products; every finder here sees live (not deleted) products only. */
public interface ProductRepository extends JpaRepository<Product, Long>, ProductSearchRepository {

    /** One statement for any number of ids: category and images are fetched in the same join. */
    @Query("""
            select p from Product p join fetch p.category left join fetch p.images
            where p.id in :ids and p.deletedAt is null""")
    List<Product> findLiveWithDetails(Collection<Long> ids);

    @Query("select p from Product p join fetch p.category where p.id = :id and p.deletedAt is null")
    Optional<Product> findLive(long id);

    /** Those of {@code names} that a live product carries, so a loader can add only the missing ones. */
    @Query("select distinct p.name from Product p where p.name in :names and p.deletedAt is null")
    List<String> findLiveNames(Collection<String> names);

    @Query("select count(p) > 0 from Product p where p.category.id = :categoryId and p.deletedAt is null")
    boolean existsLiveInCategory(long categoryId);

    /** Products, their count and mean sale price per live category, for the statuses given. */
    @Query(nativeQuery = true, value = """
            select c.id as categoryId, c.name as categoryName, count(*) as productCount,
                   round(avg(p.sale_price), 2) as averagePrice
            from products p join categories c on c.id = p.category_id
            where p.deleted_at is null and c.deleted_at is null and p.status in (:statuses)
            group by c.id, c.name, c.display_order
            order by c.display_order, c.name""")
    List<CategoryStats> statsPerCategory(Collection<String> statuses);
}
