package com.ecommerce.product.web;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the SQLState behind a data-access failure. Spring reports both a violated constraint
 * (class 23) and a value the database cannot take (class 22: NUL byte, numeric overflow ...) as
 * {@code DataIntegrityViolationException}; only the first is a conflict with the catalog's state,
 * the second is bad input.
 */
final class SqlErrors {

    private static final String DATA_EXCEPTION_CLASS = "22";

    private SqlErrors() {
    }

    /** Whether any SQL exception in the cause chain (or a batch's next exceptions) is a data exception. */
    static boolean isDataError(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && hasDataState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDataState(SQLException first) {
        for (SQLException sql = first; sql != null; sql = sql.getNextException()) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith(DATA_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
