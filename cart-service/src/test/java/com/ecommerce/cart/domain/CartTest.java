package com.ecommerce.cart.domain;

import static com.ecommerce.cart.domain.CartFixtures.LIMITS;
import static com.ecommerce.cart.domain.CartFixtures.NOW;
import static com.ecommerce.cart.domain.CartFixtures.aCart;
import static com.ecommerce.cart.domain.CartFixtures.ids;
import static com.ecommerce.cart.domain.CartFixtures.newProductId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CartTest {

    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void addsQuantitiesOfTheSameProductToOneItem() {
        ProductId product = newProductId();
        Cart cart = aCart().withItem(product, 2).build();

        cart.add(product, 3, LIMITS, ids(), LATER);

        assertThat(cart.items()).singleElement().satisfies(item -> {
            assertThat(item.productId()).isEqualTo(product);
            assertThat(item.quantity()).isEqualTo(5);
            assertThat(item.updatedAt()).isEqualTo(LATER);
        });
        assertThat(cart.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void keepsDifferentProductsInSeparateItemsInTheOrderAdded() {
        ProductId first = newProductId();
        ProductId second = newProductId();

        Cart cart = aCart().withItem(first, 1).withItem(second, 4).build();

        assertThat(cart.items()).extracting(CartItem::productId).containsExactly(first, second);
    }

    @Test
    void refusesQuantitiesOutsideTheLimits() {
        Cart cart = aCart().build();

        assertThatThrownBy(() -> cart.add(newProductId(), 0, LIMITS, ids(), NOW)).isInstanceOf(QuantityOutOfRange.class);
        assertThatThrownBy(() -> cart.add(newProductId(), 100, LIMITS, ids(), NOW))
                .isInstanceOfSatisfying(QuantityOutOfRange.class, e -> assertThat(e.max()).isEqualTo(99));
        assertThat(cart.items()).isEmpty();
    }

    @Test
    void refusesAnAdditionThatWouldPassTheMaximumOfAnItem() {
        ProductId product = newProductId();
        Cart cart = aCart().withItem(product, 98).build();

        assertThatThrownBy(() -> cart.add(product, 2, LIMITS, ids(), LATER))
                .isInstanceOfSatisfying(QuantityOutOfRange.class, e -> assertThat(e.requested()).isEqualTo(100));
        assertThat(cart.items().getFirst().quantity()).isEqualTo(98);
    }

    @Test
    void refusesANewItemBeyondTheMaximumNumberOfItemsButStillAddsToExistingOnes() {
        CartLimits two = new CartLimits(99, 2);
        ProductId first = newProductId();
        Cart cart = aCart().build();
        cart.add(first, 1, two, ids(), NOW);
        cart.add(newProductId(), 1, two, ids(), NOW);

        assertThatThrownBy(() -> cart.add(newProductId(), 1, two, ids(), NOW)).isInstanceOf(CartFull.class);
        cart.add(first, 1, two, ids(), NOW);

        assertThat(cart.items()).hasSize(2).first().extracting(CartItem::quantity).isEqualTo(2);
    }

    @Test
    void changesTheQuantityOfAnItemWithinTheLimits() {
        Cart cart = aCart().withItem(newProductId(), 2).build();
        CartItemId item = cart.items().getFirst().id();

        cart.changeQuantity(item, 7, LIMITS, LATER);

        assertThat(cart.items().getFirst().quantity()).isEqualTo(7);
        assertThatThrownBy(() -> cart.changeQuantity(item, 100, LIMITS, LATER)).isInstanceOf(QuantityOutOfRange.class);
        assertThatThrownBy(() -> cart.changeQuantity(item, 0, LIMITS, LATER)).isInstanceOf(QuantityOutOfRange.class);
    }

    @Test
    void answersItemNotFoundForAnItemOfAnotherCart() {
        Cart mine = aCart().withItem(newProductId(), 1).build();
        CartItemId foreign = aCart().withItem(newProductId(), 1).build().items().getFirst().id();

        assertThatThrownBy(() -> mine.changeQuantity(foreign, 2, LIMITS, NOW)).isInstanceOf(CartItemNotFound.class);
        assertThatThrownBy(() -> mine.remove(foreign, NOW)).isInstanceOf(CartItemNotFound.class);
    }

    @Test
    void removesOneItem() {
        ProductId kept = newProductId();
        Cart cart = aCart().withItem(newProductId(), 1).withItem(kept, 1).build();

        cart.remove(cart.items().getFirst().id(), LATER);

        assertThat(cart.items()).extracting(CartItem::productId).containsExactly(kept);
    }

    @Test
    void clearingAnEmptyCartChangesNothing() {
        Cart cart = aCart().withItem(newProductId(), 3).build();

        assertThat(cart.clear(LATER)).isTrue();
        assertThat(cart.clear(LATER.plusSeconds(1))).isFalse();

        assertThat(cart.items()).isEmpty();
        assertThat(cart.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void takesOnlyWhatTheOrderHeldAndKeepsWhatWasAddedSince() {
        ProductId ordered = newProductId();
        ProductId topUp = newProductId();
        ProductId addedLater = newProductId();
        Cart cart = aCart().withItem(ordered, 2).withItem(topUp, 5).withItem(addedLater, 1).build();
        OrderedItems order = new OrderedItems.Builder().add(ordered, 2).add(topUp, 3).build();

        assertThat(cart.take(order, LATER)).isTrue();

        assertThat(cart.items()).extracting(CartItem::productId, CartItem::quantity)
                .containsExactly(tuple(topUp, 2),
                        tuple(addedLater, 1));
        assertThat(cart.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void removesAnItemTheCustomerReducedBelowWhatTheOrderTook() {
        ProductId product = newProductId();
        Cart cart = aCart().withItem(product, 1).build();

        cart.take(new OrderedItems.Builder().add(product, 3).build(), LATER);

        assertThat(cart.items()).isEmpty();
    }

    @Test
    void takingAnOrderWhoseProductsAreGoneChangesNothing() {
        Cart cart = aCart().withItem(newProductId(), 1).build();

        assertThat(cart.take(new OrderedItems.Builder().add(newProductId(), 1).build(), LATER)).isFalse();

        assertThat(cart.items()).hasSize(1);
        assertThat(cart.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void orderedItemsAddUpRepeatedProductsAndRefuseNonPositiveQuantities() {
        ProductId product = newProductId();

        OrderedItems items = new OrderedItems.Builder().add(product, 2).add(product, 3).build();

        assertThat(items.quantityOf(product)).isEqualTo(5);
        assertThat(items.quantityOf(newProductId())).isZero();
        assertThatThrownBy(() -> new OrderedItems.Builder().add(product, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemIdsRoundTripAsStringsAndMalformedOnesAreNotFound() {
        CartItemId id = aCart().withItem(newProductId(), 1).build().items().getFirst().id();

        assertThat(CartItemId.parse(id.asString())).isEqualTo(id);
        assertThat(id.asString()).hasSize(13);
        assertThatThrownBy(() -> CartItemId.parse("not-an-id!")).isInstanceOf(CartItemNotFound.class);
        assertThatThrownBy(() -> CartItemId.parse("123")).isInstanceOf(CartItemNotFound.class);
    }
}
