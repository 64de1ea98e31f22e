package com.ecommerce.product.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Categories; the tree is small, so it is read whole and assembled in memory. */
public interface CategoryRepository extends JpaRepository<Category, Long> {

    @Query("select c from Category c where c.deletedAt is null order by c.displayOrder, c.name")
    List<Category> findAllLive();

    @Query("select c from Category c where c.id = :id and c.deletedAt is null")
    Optional<Category> findLive(long id);

    @Query("select c from Category c where c.slug = :slug and c.deletedAt is null")
    Optional<Category> findLiveBySlug(String slug);

    @Query("select count(c) > 0 from Category c where c.parent.id = :id and c.deletedAt is null")
    boolean hasLiveChildren(long id);
}
