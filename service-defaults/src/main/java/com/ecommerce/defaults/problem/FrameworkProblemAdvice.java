package com.ecommerce.defaults.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns Spring MVC's own exceptions (unknown path, wrong method, unreadable body, missing
 * parameter, failed validation ...) into problem details with a stable type. Runs after each
 * service's domain advice, which owns the domain exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FrameworkProblemAdvice extends ResponseEntityExceptionHandler {

    /** What HikariCP's stand-in for a connection it has closed answers to every call. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setType(ProblemTypes.VALIDATION_FAILED);
        problem.setTitle("Validation failed");
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(FrameworkProblemAdvice::fieldError).toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Says what the client needs to know, not how the server looked for a handler. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No endpoint matches this path.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    /** Violations of constraints on path variables and request parameters. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolated(ConstraintViolationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid parameters.");
        problem.setType(ProblemTypes.VALIDATION_FAILED);
        problem.setTitle("Validation failed");
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * Two changes of one row crossed (optimistic locking): the client reads again and retries. A
     * service that can say more about what changed answers this in its own advice.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "The resource changed meanwhile; read it again and retry.");
    }

    /**
     * A value PostgreSQL refuses to hold as sent (SQLSTATE class 22, "data exception": a NUL
     * character, text or a number its column cannot take) passed validation, but it is still the
     * client's input: 400, and the transaction has rolled back. Any other data-access failure is
     * ours and stays a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail unstorableValue(DataIntegrityViolationException ex) {
        if (!isDataException(ex)) {
            throw ex;
        }
        return problem(HttpStatus.BAD_REQUEST, "unstorable-value", "Value cannot be stored",
                "A value in the request cannot be stored (for example, text with a NUL character).");
    }

    /**
     * The database cannot be reached or is going away (a restart, a failover, a full pool): the
     * request did nothing that committed, and the same request may succeed in a moment. 503 with
     * Retry-After, so clients and the saga's callers retry (with their Idempotency-Key) instead of
     * giving up on a 500. Other data-access and transaction failures are ours and stay 500.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex) {
        if (!isDatabaseUnavailable(ex)) {
            throw ex;
        }
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
                "The service's database is unavailable for a moment; retry the request.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
    }

    /**
     * SQLSTATE class 08 (connection exception) or 57P (the server shutting down or starting), a
     * pool that timed out waiting for a connection, or Spring's own "could not get a connection".
     * A rollback that failed because the connection had died hides the failure that started it:
     * Spring's JDBC transactions keep it as the application exception, which is looked at too;
     * Hibernate's rollback only says that the pool had already closed the connection (Hikari
     * closes one that met a fatal SQLSTATE, and its "closed" error carries no SQLSTATE).
     */
    static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isDatabaseUnavailable(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (hasSqlState(cause, "08", "57P") || isClosedPoolConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosedPoolConnection(Throwable failure) {
        return failure instanceof SQLException sql && sql.getSQLState() == null
                && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage());
    }

    private static boolean isDataException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (hasSqlState(cause, "22")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSqlState(Throwable failure, String... classes) {
        if (!(failure instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        for (String prefix : classes) {
            if (sql.getSQLState().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(title);
        return problem;
    }

    /** The last step for every framework error: give the generic problem a stable type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && isDefaultType(problem)) {
            problem.setType(ProblemTypes.forStatus(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static boolean isDefaultType(ProblemDetail problem) {
        return problem.getType() == null || "about:blank".equals(problem.getType().toString());
    }

    private static Map<String, String> fieldError(FieldError error) {
        String message = error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
        return Map.of("field", error.getField(), "message", message);
    }
}
