package com.ecommerce.cart.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The new quantity of an item; the upper bound is a setting, checked by the cart. */
record QuantityRequest(@NotNull @Min(1) Integer quantity) {
}
