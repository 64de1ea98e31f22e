package com.ecommerce.cart.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A product and how many units to add; the upper bound is a setting, checked by the cart. */
record AddItemRequest(@NotBlank @Size(max = 64) String productId, @NotNull @Min(1) Integer quantity) {
}
