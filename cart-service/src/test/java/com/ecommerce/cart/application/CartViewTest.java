package com.ecommerce.cart.application;

import static com.ecommerce.cart.domain.CartFixtures.aCart;
import static com.ecommerce.cart.domain.CartFixtures.newProductId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.ecommerce.cart.domain.Cart;
import com.ecommerce.cart.domain.CartFixtures;
import com.ecommerce.cart.domain.Product;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductStatus;
import org.junit.jupiter.api.Test;

class CartViewTest {

    @Test
    void showsCurrentPricesAndCountsOnlyOrderableItemsInTheTotals() {
        ProductId active = newProductId();
        ProductId soldOut = newProductId();
        ProductId deleted = newProductId();
        ProductId unknown = newProductId();
        Cart cart = aCart().withItem(active, 3).withItem(soldOut, 1).withItem(deleted, 2).withItem(unknown, 1).build();
        List<Product> products = List.of(CartFixtures.active(active, "1500.50"),
                CartFixtures.withStatus(soldOut, ProductStatus.SOLD_OUT),
                new Product(deleted, "Gone", BigDecimal.TEN, "KRW", ProductStatus.ACTIVE, true));

        CartView view = CartView.of(cart, products);

        assertThat(view.items()).extracting(CartView.Item::availability)
                .containsExactly("ACTIVE", "SOLD_OUT", "DELETED", "UNKNOWN");
        assertThat(view.items()).extracting(CartView.Item::available).containsExactly(true, false, false, false);
        assertThat(view.items().getFirst().subtotal()).isEqualByComparingTo("4501.50");
        assertThat(view.totalPrice()).isEqualByComparingTo("4501.50");
        assertThat(view.totalItemCount()).isEqualTo(3);
        assertThat(view.currency()).isEqualTo("KRW");
        assertThat(view.hasUnavailableItems()).isTrue();
        assertThat(view.id()).hasSize(13);
    }

    @Test
    void anEmptyCartTotalsZero() {
        CartView view = CartView.of(aCart().build(), List.of());

        assertThat(view.items()).isEmpty();
        assertThat(view.totalPrice()).isEqualByComparingTo("0");
        assertThat(view.totalItemCount()).isZero();
        assertThat(view.hasUnavailableItems()).isFalse();
    }
}
