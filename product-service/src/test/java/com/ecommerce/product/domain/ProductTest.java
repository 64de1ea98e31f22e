package com.ecommerce.product.domain;

import static com.ecommerce.product.domain.ProductStatus.ACTIVE;
import static com.ecommerce.product.domain.ProductStatus.DISCONTINUED;
import static com.ecommerce.product.domain.ProductStatus.DRAFT;
import static com.ecommerce.product.domain.ProductStatus.SOLD_OUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductTest {

    @Test
    void registersAsDraftByDefaultAndAnnouncesItsCreation() {
        Category category = CategoryFixtures.electronics();
        Product product = Product.register(7L, "  Laptop ", null, category, Price.of("10", "8"), null, List.of());

        assertThat(product.status()).isEqualTo(DRAFT);
        assertThat(product.name()).isEqualTo("Laptop");
        assertThat(product.pullEvents()).containsExactly(
                new ProductEvent.Created(7L, "Laptop", category.id(), Price.of("10", "8"), DRAFT));
        assertThat(product.pullEvents()).isEmpty();
    }

    @Test
    void mayBeRegisteredActiveButNeverSoldOut() {
        assertThat(ProductFixtures.product().status(ACTIVE).build().status()).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> ProductFixtures.product().status(SOLD_OUT).build())
                .isInstanceOf(IllegalStatusTransition.class);
    }

    @Test
    void checksPriceRulesOnRegistration() {
        assertThatThrownBy(() -> ProductFixtures.product().price(null).build()).isInstanceOf(InvalidPrice.class);
    }

    @Test
    void rejectsBlankOrLongNames() {
        assertThatThrownBy(() -> ProductFixtures.product().name(" ").build()).isInstanceOf(InvalidProduct.class);
        assertThatThrownBy(() -> ProductFixtures.product().name("x".repeat(201)).build())
                .isInstanceOf(InvalidProduct.class);
    }

    @Test
    void rejectsADeletedCategory() {
        Category deleted = CategoryFixtures.root("Old", "old");
        deleted.delete();
        assertThatThrownBy(() -> ProductFixtures.product().category(deleted).build())
                .isInstanceOf(UnknownCategory.class);
    }

    @Test
    void repricingAnnouncesOnlyARealChange() {
        Product product = ProductFixtures.activeLaptop();
        product.reprice(Price.of("1000000.00", "800000.0"));
        assertThat(product.pullEvents()).isEmpty();

        product.reprice(Price.of("1000000", "700000"));
        assertThat(product.pullEvents()).containsExactly(
                new ProductEvent.PriceChanged(product.id(), Price.of("1000000", "700000")));
    }

    @Test
    void aRenameAndARecategorizationAnnounceOneRevisionWithBoth() {
        Product product = ProductFixtures.activeLaptop();
        Category garden = CategoryFixtures.root("Garden", "garden");

        product.rename("Laptop Pro");
        product.recategorize(garden);

        assertThat(product.pullEvents()).containsExactly(new ProductEvent.Revised(product.id(), "Laptop Pro", garden.id()));
    }

    @Test
    void anUnchangedNameOrCategoryAnnouncesNothing() {
        Product product = ProductFixtures.activeLaptop();

        product.rename("  " + product.name() + " ");
        product.recategorize(product.category());
        product.describe("only the description changed");

        assertThat(product.pullEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, ACTIVE, moves", "DRAFT, SOLD_OUT, refused", "DRAFT, DISCONTINUED, moves", "DRAFT, DRAFT, stays",
            "ACTIVE, SOLD_OUT, moves", "ACTIVE, DISCONTINUED, moves", "ACTIVE, DRAFT, refused", "ACTIVE, ACTIVE, stays",
            "SOLD_OUT, ACTIVE, moves", "SOLD_OUT, DISCONTINUED, moves", "SOLD_OUT, DRAFT, refused",
            "SOLD_OUT, SOLD_OUT, stays",
            "DISCONTINUED, ACTIVE, refused", "DISCONTINUED, SOLD_OUT, refused", "DISCONTINUED, DRAFT, refused",
            "DISCONTINUED, DISCONTINUED, stays"})
    void followsTheStatusRules(ProductStatus from, ProductStatus to, String outcome) {
        Product product = ProductFixtures.inStatus(from);
        switch (outcome) {
            case "moves" -> {
                product.changeStatus(to);
                assertThat(product.status()).isEqualTo(to);
                assertThat(product.pullEvents()).containsExactly(new ProductEvent.StatusChanged(product.id(), to, from));
            }
            case "stays" -> {
                product.changeStatus(to);
                assertThat(product.status()).isEqualTo(from);
                assertThat(product.pullEvents()).isEmpty();
            }
            default -> assertThatThrownBy(() -> product.changeStatus(to))
                    .isInstanceOfSatisfying(IllegalStatusTransition.class, e -> {
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.to()).isEqualTo(to);
                    });
        }
    }

    @Test
    void namedTransitionsMatchTheRules() {
        Product product = ProductFixtures.draftLaptop();
        assertThatThrownBy(product::markSoldOut).isInstanceOf(IllegalStatusTransition.class);
        product.activate();
        product.markSoldOut();
        product.activate();
        product.discontinue();
        assertThat(product.status()).isEqualTo(DISCONTINUED);
        assertThatThrownBy(product::activate).isInstanceOf(IllegalStatusTransition.class);
    }

    @Test
    void deletesSoftlyOnceAndAnnouncesIt() {
        Product product = ProductFixtures.activeLaptop();
        product.delete();
        product.delete();
        assertThat(product.isDeleted()).isTrue();
        assertThat(product.pullEvents()).containsExactly(new ProductEvent.Deleted(product.id()));
    }

    @Test
    void replacesItsImagesAsAWhole() {
        Product product = ProductFixtures.activeLaptop();
        product.replaceImages(List.of(new ProductImage("https://img.example/a.jpg", 2, false)));
        assertThat(product.images()).extracting(ProductImage::url).containsExactly("https://img.example/a.jpg");
        assertThatThrownBy(() -> new ProductImage(" ", 0, false)).isInstanceOf(InvalidProduct.class);
    }
}
