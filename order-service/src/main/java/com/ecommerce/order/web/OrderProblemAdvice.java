package com.ecommerce.order.web;

import com.ecommerce.defaults.problem.ProblemTypes;
import com.ecommerce.order.application.CartEmpty;
import com.ecommerce.order.application.CartUnavailable;
import com.ecommerce.order.application.CatalogUnavailable;
import com.ecommerce.order.application.IdempotencyKeyInFlight;
import com.ecommerce.order.application.IdempotencyKeyReused;
import com.ecommerce.order.application.InvalidIdempotencyKey;
import com.ecommerce.order.application.ProductUnavailable;
import com.ecommerce.order.domain.IllegalOrderTransition;
import com.ecommerce.order.domain.InvalidOrderId;
import com.ecommerce.order.domain.OrderNotCancellable;
import com.ecommerce.order.domain.OrderNotFound;
import com.ecommerce.order.domain.SagaNotRetryable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The order service's errors as problem+json with stable types; framework errors are handled by service-defaults. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblemAdvice {

    /** A malformed id is answered like an unknown one: there is no such order either way. */
    @ExceptionHandler({OrderNotFound.class, InvalidOrderId.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "order-not-found", "Order not found", "No such order.");
    }

    @ExceptionHandler(OrderNotCancellable.class)
    ProblemDetail notCancellable(OrderNotCancellable e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "order-not-cancellable", "Order not cancellable", e.getMessage());
        // Not "status": that member is the HTTP status of the problem itself (RFC 9457).
        problem.setProperty("orderStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(IllegalOrderTransition.class)
    ProblemDetail illegalTransition(IllegalOrderTransition e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "illegal-order-transition", "Illegal order transition",
                e.getMessage());
        problem.setProperty("orderStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(SagaNotRetryable.class)
    ProblemDetail notRetryable(SagaNotRetryable e) {
        return problem(HttpStatus.CONFLICT, "saga-not-retryable", "Saga not retryable", e.getMessage());
    }

    @ExceptionHandler(ProductUnavailable.class)
    ProblemDetail productUnavailable(ProductUnavailable e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "product-unavailable", "Product unavailable",
                e.getMessage());
        problem.setProperty("productIds", e.productIds());
        return problem;
    }

    @ExceptionHandler(CartEmpty.class)
    ProblemDetail cartEmpty(CartEmpty e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "cart-empty", "Cart empty", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyInFlight.class)
    ResponseEntity<ProblemDetail> keyInFlight(IdempotencyKeyInFlight e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(
                problem(HttpStatus.CONFLICT, "idempotency-key-in-flight", "Request in progress", e.getMessage()));
    }

    @ExceptionHandler(InvalidIdempotencyKey.class)
    ProblemDetail invalidKey(InvalidIdempotencyKey e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid Idempotency-Key", e.getMessage());
    }

    @ExceptionHandler({CatalogUnavailable.class, CartUnavailable.class})
    ResponseEntity<ProblemDetail> dependencyDown(RuntimeException e) {
        String type = e instanceof CatalogUnavailable ? "catalog-unavailable" : "cart-unavailable";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(
                problem(HttpStatus.SERVICE_UNAVAILABLE, type, "Dependency unavailable", e.getMessage()));
    }

    /** Per customer it is the client's doing (429); per instance the service is busy (503). */
    @ExceptionHandler(TooManyOrderStreams.class)
    ResponseEntity<ProblemDetail> tooManyStreams(TooManyOrderStreams e) {
        HttpStatus status = e.scope() == TooManyOrderStreams.Scope.CUSTOMER ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, "too-many-order-streams", "Too many live order streams", e.getMessage()));
    }

    /** Two changes of one order crossed (e.g. a reply and a cancel); the client retries with fresh data. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "The order changed meanwhile; read it again and retry.");
    }

    /** Input a value's own rules refuse after the request's validation passed: still the client's mistake. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(title);
        return problem;
    }
}
