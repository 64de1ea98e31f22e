package com.ecommerce.defaults.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Replaces Boot's whitelabel/JSON error page: whatever reaches the container's error dispatch
 * (an exception no advice handled, an error from a filter, {@code response.sendError}) is
 * answered as problem+json. Internal details are never echoed back to the client.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemTypes.forStatus(status));
        problem.setTitle(status.getReasonPhrase());
        if (status.is5xxServerError()) {
            problem.setDetail("The server could not complete the request.");
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
