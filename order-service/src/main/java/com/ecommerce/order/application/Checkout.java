package com.ecommerce.order.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.order.config.OrderProperties;
import com.ecommerce.order.domain.NewOrder;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderLine;
import com.ecommerce.order.domain.ProductId;

import org.springframework.stereotype.Service;

/**
 * Places an order: items (or the cart) priced from the catalog, then stored with its saga
 * started. The remote reads happen before the transaction, so no database connection waits on
 * another service. With an Idempotency-Key, a repeat of the same request answers the first order.
 */
@Service
public class Checkout {

    /** The answer to a checkout; {@code replayed} when it repeats an earlier request's. */
    public record Placement(OrderView order, boolean replayed) {
    }

    private final Catalog catalog;
    private final Carts carts;
    private final OrderPlacement placement;
    private final IdempotencyKeys keys;
    private final OrderFactory factory;

    Checkout(Catalog catalog, Carts carts, OrderPlacement placement, IdempotencyKeys keys, OrderFactory factory) {
        this.catalog = catalog;
        this.carts = carts;
        this.placement = placement;
        this.keys = keys;
        this.factory = factory;
    }

    /** @param idempotencyKey the client's key, or null */
    public Placement placeOrder(PlaceOrder command, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Placement(place(command, Optional.empty()), false);
        }
        IdempotencyKey key = IdempotencyKey.forRequest(command.customerId(), idempotencyKey, command.fingerprint());
        Optional<OrderView> earlier = keys.claim(key);
        if (earlier.isPresent()) {
            return new Placement(earlier.get(), true);
        }
        try {
            return new Placement(place(command, Optional.of(key)), false);
        } catch (RuntimeException e) {
            keys.release(key);
            throw e;
        }
    }

    private OrderView place(PlaceOrder command, Optional<IdempotencyKey> key) {
        List<PlaceOrder.Item> items = command.fromCart() ? cartItems() : command.items();
        return placement.place(factory.newOrder(command, price(merged(items))), key);
    }

    private List<PlaceOrder.Item> cartItems() {
        List<PlaceOrder.Item> items = carts.currentCart();
        if (items.isEmpty()) {
            throw new CartEmpty();
        }
        return items;
    }

    /** One line per product: repeated items add up, in the order first named. */
    private static List<PlaceOrder.Item> merged(List<PlaceOrder.Item> items) {
        Map<ProductId, Integer> quantities = new LinkedHashMap<>();
        items.forEach(item -> quantities.merge(item.productId(), item.quantity(), Integer::sum));
        return quantities.entrySet().stream().map(e -> new PlaceOrder.Item(e.getKey(), e.getValue())).toList();
    }

    private List<Priced> price(List<PlaceOrder.Item> items) {
        Map<String, CatalogProduct> found = catalog.products(items.stream().map(PlaceOrder.Item::productId).toList())
                .stream().filter(CatalogProduct::orderable)
                .collect(Collectors.toMap(CatalogProduct::id, Function.identity(), (a, b) -> a));
        List<String> missing = items.stream().map(i -> i.productId().value()).filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ProductUnavailable(missing);
        }
        return items.stream().map(i -> new Priced(found.get(i.productId().value()), i.quantity())).toList();
    }

    /** A catalog product with the ordered quantity. */
    record Priced(CatalogProduct product, int quantity) {
    }

    /** Ids, numbers and currency of new orders. */
    @Service
    static class OrderFactory {

        private final IdGenerator ids;
        private final OrderNumbers numbers;
        private final String currency;

        OrderFactory(IdGenerator ids, OrderNumbers numbers, OrderProperties properties) {
            this.ids = ids;
            this.numbers = numbers;
            this.currency = properties.currency();
        }

        NewOrder newOrder(PlaceOrder command, List<Priced> lines) {
            return new NewOrder(new OrderId(ids.nextId()), numbers.next(), command.customerId(),
                    lines.stream().map(p -> new OrderLine(ids.nextId(), p.product().id(), p.product().name(),
                            p.product().price(), p.quantity())).toList(),
                    command.shipping(), command.payment(), command.fromCart(), currency);
        }
    }
}
