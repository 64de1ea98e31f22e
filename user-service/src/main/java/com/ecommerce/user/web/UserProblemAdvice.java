package com.ecommerce.user.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.ecommerce.defaults.problem.ProblemTypes;
import com.ecommerce.user.domain.EmailAlreadyRegistered;
import com.ecommerce.user.domain.InvalidCredentials;
import com.ecommerce.user.domain.LoginCodeRejected;
import com.ecommerce.user.domain.OwnAdminRoleRequired;
import com.ecommerce.user.domain.RefreshTokenRejected;
import com.ecommerce.user.domain.UserNotFound;
import com.ecommerce.user.domain.WeakPassword;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain exceptions as problem details. Credential failures all read alike, so an answer never
 * reveals whether an account, token or code exists.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserProblemAdvice {

    static final URI WEAK_PASSWORD = ProblemTypes.of("weak-password");
    static final URI EMAIL_TAKEN = ProblemTypes.of("email-already-registered");
    static final URI INVALID_CREDENTIALS = ProblemTypes.of("invalid-credentials");
    static final URI INVALID_REFRESH_TOKEN = ProblemTypes.of("invalid-refresh-token");
    static final URI INVALID_LOGIN_CODE = ProblemTypes.of("invalid-login-code");
    static final URI USER_NOT_FOUND = ProblemTypes.of("user-not-found");
    static final URI OWN_ADMIN_ROLE = ProblemTypes.of("own-admin-role-required");

    @ExceptionHandler(WeakPassword.class)
    ProblemDetail weakPassword(WeakPassword e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, WEAK_PASSWORD, "Password too weak",
                "The password " + e.getMessage() + ".");
        problem.setProperty("errors", List.of(Map.of("field", "password", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(EmailAlreadyRegistered.class)
    ProblemDetail emailTaken() {
        return problem(HttpStatus.CONFLICT, EMAIL_TAKEN, "Email already registered",
                "An account with this email address exists; log in instead.");
    }

    @ExceptionHandler(InvalidCredentials.class)
    ProblemDetail invalidCredentials() {
        return problem(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS, "Invalid credentials",
                "The email address or password is wrong.");
    }

    @ExceptionHandler(RefreshTokenRejected.class)
    ProblemDetail refreshRejected() {
        return problem(HttpStatus.UNAUTHORIZED, INVALID_REFRESH_TOKEN, "Invalid refresh token",
                "The refresh token is invalid, expired or revoked; log in again.");
    }

    @ExceptionHandler(LoginCodeRejected.class)
    ProblemDetail loginCodeRejected() {
        return problem(HttpStatus.UNAUTHORIZED, INVALID_LOGIN_CODE, "Invalid login code",
                "The login code is invalid, used or expired; log in again.");
    }

    @ExceptionHandler(UserNotFound.class)
    ProblemDetail userNotFound() {
        return problem(HttpStatus.NOT_FOUND, USER_NOT_FOUND, "User not found", "No user has this id.");
    }

    @ExceptionHandler(OwnAdminRoleRequired.class)
    ProblemDetail ownAdminRole() {
        return problem(HttpStatus.CONFLICT, OWN_ADMIN_ROLE, "Own admin role required",
                "Admins cannot remove their own ADMIN role; ask another admin.");
    }

    /** Domain values refusing client input (e.g. a malformed email) that slipped past bean validation. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidInput() {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.forStatus(HttpStatus.BAD_REQUEST), "Bad request",
                "The request contains an invalid value.");
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
