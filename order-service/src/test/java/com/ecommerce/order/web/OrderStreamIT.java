package com.ecommerce.order.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.ecommerce.order.Api;
import com.ecommerce.order.Api.Customer;
import com.ecommerce.order.OrderIT;
import com.ecommerce.order.StubServices;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The live order stream through the whole service: the snapshot a stream starts with, a change
 * arriving as an event through Kafka (the outbox, the topic, the live listener), streams seeing
 * only their own customer's orders, and the limits.
 */
@OrderIT
class OrderStreamIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockMvcTester tester;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    OrderStreams streams;

    @BeforeEach
    void liveListenerHasItsPartitions() {
        // It starts at the end of the topic, so an event sent before it is assigned is not seen.
        MessageListenerContainer live = listeners.getListenerContainer("live-order-events");
        await().atMost(Duration.ofSeconds(30)).until(() -> live.getAssignedPartitions() != null
                && !live.getAssignedPartitions().isEmpty());
    }

    @Test
    void aStreamStartsWithTheCustomersOrdersThenGetsEachChangeOfThem() throws Exception {
        Api api = new Api(tester);
        Customer customer = Customer.fresh();
        Customer stranger = Customer.fresh();
        String before = api.placed(customer, Api.items(StubServices.LAPTOP, 1)).get("id").asString();

        MvcResult mine = open(customer);
        MvcResult theirs = open(stranger);
        await().atMost(Duration.ofSeconds(10)).until(() -> body(mine).contains("id:" + before));
        assertThat(body(mine)).contains("event:order").contains("\"status\":\"PENDING\"");

        String placed = api.placed(customer, Api.items(StubServices.MOUSE, 2)).get("id").asString();

        await().atMost(Duration.ofSeconds(20)).until(() -> body(mine).contains("id:" + placed));
        assertThat(events(body(mine))).containsSubsequence(before, placed);
        assertThat(body(theirs)).doesNotContain(before).doesNotContain(placed);
    }

    @Test
    void aCustomerMayHoldFiveStreamsAndTheSixthIsRefusedWithRetryAfter() throws Exception {
        Customer customer = Customer.fresh();
        List<MvcResult> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(open(customer));
        }

        var refused = tester.get().uri("/api/v1/orders/my/events").with(customer.token())
                .accept(MediaType.TEXT_EVENT_STREAM).exchange();

        assertThat(refused).hasStatus(429).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).headers().hasValue("Retry-After", "5");
        assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("Too many live order streams");
        open.forEach(result -> result.getRequest().getAsyncContext().complete());
    }

    @Test
    void shuttingDownEndsEveryOpenStreamInsteadOfWaitingForIt() throws Exception {
        MvcResult stream = open(Customer.fresh());

        streams.closeAll();

        // Set only when the emitter completed; otherwise this waits and throws.
        assertThatCode(() -> stream.getAsyncResult(5_000)).doesNotThrowAnyException();
    }

    @Test
    void withoutATokenThereIsNoStream() {
        assertThat(tester.get().uri("/api/v1/orders/my/events").accept(MediaType.TEXT_EVENT_STREAM).exchange())
                .hasStatus(401);
    }

    private MvcResult open(Customer customer) throws Exception {
        return mvc.perform(get("/api/v1/orders/my/events").with(customer.token()).accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted()).andReturn();
    }

    private static String body(MvcResult stream) throws Exception {
        return stream.getResponse().getContentAsString();
    }

    /** The ids of the stream's events, in the order they were sent. */
    private static List<String> events(String body) {
        return body.lines().filter(line -> line.startsWith("id:")).map(line -> line.substring(3)).toList();
    }
}
