package com.ecommerce.cart.domain;

import static com.ecommerce.cart.domain.CartFixtures.newProductId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ProductTest {

    @Test
    void onlyAnActiveProductThatIsNotDeletedCanBeOrdered() {
        ProductId id = newProductId();

        assertThat(CartFixtures.active(id, "10.00").orderable()).isTrue();
        for (ProductStatus status : new ProductStatus[] {ProductStatus.DRAFT, ProductStatus.SOLD_OUT,
                ProductStatus.DISCONTINUED}) {
            Product product = CartFixtures.withStatus(id, status);
            assertThat(product.orderable()).isFalse();
            assertThatThrownBy(product::requireOrderable).isInstanceOfSatisfying(ProductUnavailable.class,
                    e -> assertThat(e.status()).isEqualTo(status.name()));
        }
        Product deleted = new Product(id, "Gone", BigDecimal.ONE, "KRW", ProductStatus.ACTIVE, true);
        assertThat(deleted.orderable()).isFalse();
        assertThat(deleted.availability()).isEqualTo("DELETED");
    }

    @Test
    void aMalformedProductIdFromAClientNamesNoProduct() {
        assertThatThrownBy(() -> ProductId.requested("bad id")).isInstanceOf(ProductNotFound.class);
        assertThatThrownBy(() -> ProductId.of("bad id")).isInstanceOf(IllegalArgumentException.class);
    }
}
