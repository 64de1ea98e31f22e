package com.ecommerce.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void formsATree() {
        Category root = CategoryFixtures.electronics();
        Category laptops = CategoryFixtures.child(root, "Laptops", "laptops");
        assertThat(laptops.parent()).isSameAs(root);
        assertThat(laptops.parentId()).isEqualTo(root.id());
        assertThat(root.parentId()).isNull();
    }

    @Test
    void refusesToMoveUnderItsOwnSubtree() {
        Category root = CategoryFixtures.electronics();
        Category laptops = CategoryFixtures.child(root, "Laptops", "laptops");
        Category gaming = CategoryFixtures.child(laptops, "Gaming", "gaming");

        assertThatThrownBy(() -> root.moveUnder(gaming)).isInstanceOf(CategoryCycle.class);
        assertThatThrownBy(() -> root.moveUnder(root)).isInstanceOf(CategoryCycle.class);
    }

    @Test
    void refusesADeletedParent() {
        Category old = CategoryFixtures.root("Old", "old");
        old.delete();
        assertThatThrownBy(() -> CategoryFixtures.child(old, "New", "new")).isInstanceOf(UnknownCategory.class);
    }

    @Test
    void requiresAWellFormedSlugAndName() {
        assertThatThrownBy(() -> CategoryFixtures.root("Books", "Books")).isInstanceOf(InvalidCategory.class);
        assertThatThrownBy(() -> CategoryFixtures.root("Books", "books--old")).isInstanceOf(InvalidCategory.class);
        assertThatThrownBy(() -> CategoryFixtures.root(" ", "books")).isInstanceOf(InvalidCategory.class);
        assertThat(CategoryFixtures.root("Books", "books-2").slug()).isEqualTo("books-2");
    }

    @Test
    void deletesSoftly() {
        Category category = CategoryFixtures.electronics();
        category.delete();
        assertThat(category.isDeleted()).isTrue();
    }
}
