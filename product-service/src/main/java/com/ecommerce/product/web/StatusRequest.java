package com.ecommerce.product.web;

import com.ecommerce.product.domain.ProductStatus;
import jakarta.validation.constraints.NotNull;

/** The status a product should move to. */
record StatusRequest(@NotNull ProductStatus status) {
}
