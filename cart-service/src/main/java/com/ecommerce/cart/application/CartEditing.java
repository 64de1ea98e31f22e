package com.ecommerce.cart.application;

import com.ecommerce.cart.domain.Cart;
import com.ecommerce.cart.domain.CartItemId;
import com.ecommerce.cart.domain.CartLimits;
import com.ecommerce.cart.domain.CartRepository;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductCopies;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.cart.domain.ProductUnavailable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What a customer does with their cart. Every change locks the cart's row first, so concurrent
 * requests of one customer (double clicks, several tabs) apply one after the other.
 */
@Service
public class CartEditing {

    private final CartRepository carts;
    private final ProductCopies products;
    private final CatalogCopy catalog;
    private final CartSettings settings;
    private final TransactionOperations transactions;

    CartEditing(CartRepository carts, ProductCopies products, CatalogCopy catalog, CartSettings settings,
            TransactionOperations transactions) {
        this.carts = carts;
        this.products = products;
        this.catalog = catalog;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** The customer's cart, created empty on first use. */
    @Transactional
    public CartView view(CustomerId customer) {
        Cart cart = carts.findByCustomer(customer.value()).orElseGet(() -> {
            open(customer);
            return carts.findByCustomer(customer.value()).orElseThrow();
        });
        return view(cart);
    }

    /**
     * Adds units of an ACTIVE product (to its item if the product is in the cart already). A
     * product the local copy does not know is read from the catalog first, outside the transaction.
     */
    public CartView add(CustomerId customer, ProductId productId, int quantity) {
        limits().checkQuantity(quantity);
        catalog.ensureKnown(productId);
        return transactions.execute(status -> {
            products.find(productId).orElseThrow(() -> ProductUnavailable.notOffered(productId))
                    .requireOrderable();
            Cart cart = locked(customer);
            cart.add(productId, quantity, limits(), settings.ids()::nextId, settings.clock().instant());
            return view(cart);
        });
    }

    @Transactional
    public CartView changeQuantity(CustomerId customer, CartItemId itemId, int quantity) {
        Cart cart = locked(customer);
        cart.changeQuantity(itemId, quantity, limits(), settings.clock().instant());
        return view(cart);
    }

    @Transactional
    public CartView remove(CustomerId customer, CartItemId itemId) {
        Cart cart = locked(customer);
        cart.remove(itemId, settings.clock().instant());
        return view(cart);
    }

    @Transactional
    public CartView clear(CustomerId customer) {
        Cart cart = locked(customer);
        cart.clear(settings.clock().instant());
        return view(cart);
    }

    private Cart locked(CustomerId customer) {
        return carts.lockByCustomer(customer.value()).orElseGet(() -> {
            open(customer);
            return carts.lockByCustomer(customer.value()).orElseThrow();
        });
    }

    private void open(CustomerId customer) {
        carts.open(settings.ids().nextId(), customer.value(), settings.clock().instant());
    }

    private CartView view(Cart cart) {
        return CartView.of(cart, products.findAll(cart.items().stream().map(i -> i.productId()).toList()));
    }

    private CartLimits limits() {
        return settings.limits();
    }
}
