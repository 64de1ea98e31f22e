package com.ecommerce.cart.web;

import com.ecommerce.cart.application.CatalogUnavailable;
import com.ecommerce.cart.domain.CartFull;
import com.ecommerce.cart.domain.CartItemNotFound;
import com.ecommerce.cart.domain.ProductNotFound;
import com.ecommerce.cart.domain.ProductUnavailable;
import com.ecommerce.cart.domain.QuantityOutOfRange;
import com.ecommerce.defaults.problem.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The cart's domain errors as problem+json with stable types; framework errors are handled by service-defaults. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CartProblemAdvice {

    @ExceptionHandler(CartItemNotFound.class)
    ProblemDetail itemNotFound(CartItemNotFound e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "cart-item-not-found", "Cart item not found",
                e.getMessage());
        problem.setProperty("itemId", e.itemId());
        return problem;
    }

    @ExceptionHandler(ProductNotFound.class)
    ProblemDetail productNotFound(ProductNotFound e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", e.getMessage());
        problem.setProperty("productId", e.productId());
        return problem;
    }

    @ExceptionHandler(ProductUnavailable.class)
    ProblemDetail productUnavailable(ProductUnavailable e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "product-unavailable",
                "Product unavailable", e.getMessage());
        problem.setProperty("productId", e.productId().value());
        problem.setProperty("productStatus", e.status());
        return problem;
    }

    /** Names the field like a validation error, so clients can show it next to the input. */
    @ExceptionHandler(QuantityOutOfRange.class)
    ProblemDetail quantity(QuantityOutOfRange e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "quantity-out-of-range",
                "Quantity out of range", e.getMessage());
        problem.setProperty("field", "quantity");
        problem.setProperty("requested", e.requested());
        problem.setProperty("maxQuantity", e.max());
        return problem;
    }

    @ExceptionHandler(CartFull.class)
    ProblemDetail full(CartFull e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "cart-full", "Cart full", e.getMessage());
        problem.setProperty("maxItems", e.maxItems());
        return problem;
    }

    @ExceptionHandler(CatalogUnavailable.class)
    ProblemDetail catalogUnavailable(CatalogUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "catalog-unavailable", "Catalog unavailable",
                "The product could not be looked up right now; try again shortly.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(title);
        return problem;
    }
}
