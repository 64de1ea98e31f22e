package com.ecommerce.inventory.web;

import com.ecommerce.defaults.problem.ProblemTypes;
import com.ecommerce.inventory.domain.InsufficientStock;
import com.ecommerce.inventory.domain.InvalidIdentifier;
import com.ecommerce.inventory.domain.StockLimitExceeded;
import com.ecommerce.inventory.domain.StockNotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The inventory's domain errors as problem+json with stable types; framework errors are handled by service-defaults. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryProblemAdvice {

    @ExceptionHandler(StockNotFound.class)
    ProblemDetail notFound(StockNotFound e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "stock-not-found", "Stock not found", e.getMessage());
        problem.setProperty("productId", e.productId().value());
        return problem;
    }

    @ExceptionHandler(InsufficientStock.class)
    ProblemDetail insufficient(InsufficientStock e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "insufficient-stock", "Insufficient stock", e.getMessage());
        problem.setProperty("productId", e.productId().value());
        problem.setProperty("requested", e.requested());
        problem.setProperty("available", e.available());
        return problem;
    }

    @ExceptionHandler(StockLimitExceeded.class)
    ProblemDetail limit(StockLimitExceeded e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "stock-limit-exceeded", "Stock limit exceeded", e.getMessage());
    }

    @ExceptionHandler(InvalidIdentifier.class)
    ProblemDetail invalidId(InvalidIdentifier e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-identifier", "Invalid identifier", e.getMessage());
    }

    /** A reservation moved the stock between the read and the write of an adjustment: retry with fresh data. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-stock-change", "Concurrent stock change",
                "The stock changed while it was being adjusted; read it again and retry.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(title);
        return problem;
    }
}
