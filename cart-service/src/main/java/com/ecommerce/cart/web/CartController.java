package com.ecommerce.cart.web;

import com.ecommerce.cart.application.CartEditing;
import com.ecommerce.cart.domain.CartItemId;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.defaults.security.CurrentUser;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own cart; the owner is always the token's subject, never a parameter, so no
 * request can reach another customer's cart. Every answer is the whole cart.
 */
@RestController
@RequestMapping("/api/v1/carts")
class CartController {

    private final CartEditing editing;

    CartController(CartEditing editing) {
        this.editing = editing;
    }

    @GetMapping({"", "/me"})
    CartResponse cart(CurrentUser user) {
        return CartResponse.of(editing.view(owner(user)));
    }

    /** 200, not 201: the seed's clients expect the whole cart back, and no new resource is named. */
    @PostMapping({"/items", "/me/items"})
    CartResponse add(@Valid @RequestBody AddItemRequest request, CurrentUser user) {
        return CartResponse.of(editing.add(owner(user), ProductId.requested(request.productId()), request.quantity()));
    }

    /** PATCH as the API says, PUT as the seed's code had, and the seed README's {@code /me} path. */
    @RequestMapping(path = {"/items/{itemId}", "/me/items/{itemId}"},
            method = {RequestMethod.PATCH, RequestMethod.PUT})
    CartResponse changeQuantity(@PathVariable String itemId, @Valid @RequestBody QuantityRequest request,
            CurrentUser user) {
        return CartResponse.of(editing.changeQuantity(owner(user), CartItemId.parse(itemId), request.quantity()));
    }

    @DeleteMapping({"/items/{itemId}", "/me/items/{itemId}"})
    CartResponse remove(@PathVariable String itemId, CurrentUser user) {
        return CartResponse.of(editing.remove(owner(user), CartItemId.parse(itemId)));
    }

    @DeleteMapping({"", "/me"})
    CartResponse clear(CurrentUser user) {
        return CartResponse.of(editing.clear(owner(user)));
    }

    private static CustomerId owner(CurrentUser user) {
        return CustomerId.of(user.id());
    }
}
