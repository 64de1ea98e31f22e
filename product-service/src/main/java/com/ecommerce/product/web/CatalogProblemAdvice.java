package com.ecommerce.product.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ecommerce.defaults.problem.ProblemTypes;
import com.ecommerce.product.domain.CategoryCycle;
import com.ecommerce.product.domain.CategoryNotEmpty;
import com.ecommerce.product.domain.CategoryNotFound;
import com.ecommerce.product.domain.IllegalStatusTransition;
import com.ecommerce.product.domain.InvalidCategory;
import com.ecommerce.product.domain.InvalidPrice;
import com.ecommerce.product.domain.InvalidProduct;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.SlugTaken;
import com.ecommerce.product.domain.UnknownCategory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Catalog errors as problem details; types are stable ({@code urn:ecommerce:problem:<slug>}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblemAdvice {

    @ExceptionHandler
    ProblemDetail productNotFound(ProductNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "product-not-found", "Product not found", e.getMessage(),
                Map.of("productId", e.productId()));
    }

    @ExceptionHandler
    ProblemDetail categoryNotFound(CategoryNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "category-not-found", "Category not found", e.getMessage(),
                Map.of("categoryId", e.categoryId()));
    }

    @ExceptionHandler
    ProblemDetail unknownCategory(UnknownCategory e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-category", "Unknown category", e.getMessage(),
                Map.of("categoryId", e.categoryId()));
    }

    @ExceptionHandler
    ProblemDetail invalidPrice(InvalidPrice e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-price", "Invalid price", e.getMessage(), Map.of());
    }

    @ExceptionHandler
    ProblemDetail invalidProduct(InvalidProduct e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-product", "Invalid product", e.getMessage(), Map.of());
    }

    @ExceptionHandler
    ProblemDetail invalidCategory(InvalidCategory e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-category", "Invalid category", e.getMessage(), Map.of());
    }

    @ExceptionHandler
    ProblemDetail categoryCycle(CategoryCycle e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "category-cycle", "Category cycle", e.getMessage(), Map.of());
    }

    @ExceptionHandler
    ProblemDetail illegalTransition(IllegalStatusTransition e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "illegal-status-transition", "Status change not allowed",
                e.getMessage(), Map.of("from", e.from().name(), "to", e.to().name()));
    }

    @ExceptionHandler
    ProblemDetail slugTaken(SlugTaken e) {
        return problem(HttpStatus.CONFLICT, "slug-taken", "Slug taken", e.getMessage(), Map.of("slug", e.slug()));
    }

    @ExceptionHandler
    ProblemDetail categoryNotEmpty(CategoryNotEmpty e) {
        return problem(HttpStatus.CONFLICT, "category-not-empty", "Category not empty", e.getMessage(), Map.of());
    }

    /** Two admins changed the same product or category at once; the later one retries. */
    @ExceptionHandler
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "Someone else changed this resource at the same time; reload and retry.", Map.of());
    }

    /**
     * A race the checks before the write could not see (e.g. two categories claiming one slug) is
     * a conflict; a value the database cannot take at all (SQLState class 22) is bad input that the
     * request validation missed, and the client, not the catalog's state, has to change.
     */
    @ExceptionHandler
    ProblemDetail constraintViolated(DataIntegrityViolationException e) {
        if (SqlErrors.isDataError(e)) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-data", "Invalid data",
                    "The request holds a value the catalog cannot store or compare.", Map.of());
        }
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change conflicts with the current state of the catalog.", Map.of());
    }

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidRequest e) {
        return validationFailed(List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }

    /** Constraints on a list body (each element and its size) are checked by method validation. */
    @ExceptionHandler
    ProblemDetail methodValidation(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            if (result instanceof ParameterErrors bean) {
                String prefix = parameter + (result.getContainerIndex() == null ? "" : "[" + result.getContainerIndex() + "]");
                for (FieldError error : bean.getFieldErrors()) {
                    errors.add(Map.of("field", prefix + "." + error.getField(), "message", message(error)));
                }
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(Map.of("field", parameter, "message", message(error))));
            }
        });
        return validationFailed(errors);
    }

    private static ProblemDetail validationFailed(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setType(ProblemTypes.VALIDATION_FAILED);
        problem.setTitle("Validation failed");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(slug));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
