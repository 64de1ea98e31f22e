package com.ecommerce.defaults.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/**
 * Stable problem {@code type} URIs. Clients branch on the type, never on the human-readable
 * title or detail, so a type once published must not change its meaning.
 */
public final class ProblemTypes {

    private static final String PREFIX = "urn:ecommerce:problem:";

    public static final URI VALIDATION_FAILED = of("validation-failed");
    public static final URI INTERNAL_ERROR = of("internal-error");

    private ProblemTypes() {
    }

    /** A type under the platform's namespace, e.g. {@code of("insufficient-stock")}. */
    public static URI of(String slug) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem type slug must be kebab-case: " + slug);
        }
        return URI.create(PREFIX + slug);
    }

    /** The generic type for an HTTP status that no more specific problem explains. */
    public static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> of("bad-request");
            case 401 -> of("unauthorized");
            case 403 -> of("forbidden");
            case 404 -> of("not-found");
            case 405 -> of("method-not-allowed");
            case 406 -> of("not-acceptable");
            case 409 -> of("conflict");
            case 413 -> of("payload-too-large");
            case 415 -> of("unsupported-media-type");
            case 422 -> of("unprocessable");
            case 429 -> of("too-many-requests");
            case 500 -> INTERNAL_ERROR;
            case 503 -> of("service-unavailable");
            default -> of("http-" + status.value());
        };
    }
}
