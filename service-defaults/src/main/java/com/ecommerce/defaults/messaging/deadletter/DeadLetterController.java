package com.ecommerce.defaults.messaging.deadletter;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.ecommerce.defaults.problem.ProblemTypes;
import com.ecommerce.defaults.security.AdminOnly;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of this service's dead letters, under the path the service chooses
 * ({@code ecommerce.messaging.dead-letters.path}, e.g. {@code /api/v1/orders/dead-letters}, so
 * the gateway routes it): what is parked per consumed topic, and re-driving one topic.
 */
@RestController
@AdminOnly
@RequestMapping("${ecommerce.messaging.dead-letters.path}")
class DeadLetterController {

    private static final URI NOT_CONSUMED = ProblemTypes.of("topic-not-consumed");

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record ParkedTopic(String topic, String group, int parked, List<ParkedMessage.Summary> messages) {
    }

    record Redriven(String topic, int redriven) {
    }

    @GetMapping
    List<ParkedTopic> parked() {
        return deadLetters.consumedTopics().entrySet().stream().map(this::parkedOf).toList();
    }

    @PostMapping("/redrive")
    Redriven redrive(@RequestParam String topic) {
        return new Redriven(topic, deadLetters.redrive(topic));
    }

    @ExceptionHandler(DeadLetters.NotConsumedHere.class)
    ProblemDetail notConsumed(DeadLetters.NotConsumedHere e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_CONSUMED);
        problem.setTitle("Topic not consumed here");
        problem.setProperty("consumedTopics", deadLetters.consumedTopics().keySet());
        return problem;
    }

    private ParkedTopic parkedOf(Map.Entry<String, String> consumed) {
        List<ParkedMessage.Summary> messages = deadLetters.parked(consumed.getKey());
        return new ParkedTopic(consumed.getKey(), consumed.getValue(), messages.size(), messages);
    }
}
