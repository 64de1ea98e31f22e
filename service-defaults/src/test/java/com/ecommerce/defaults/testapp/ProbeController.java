package com.ecommerce.defaults.testapp;

import java.util.Optional;

import javax.sql.DataSource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.defaults.security.CurrentUser;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in each of the ways a client or the server can make a request fail. */
@RestController
class ProbeController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProbeController.class);

    private final io.micrometer.tracing.Tracer tracer;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final TransactionTemplate jdbcTransactions;

    ProbeController(io.micrometer.tracing.Tracer tracer, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            DataSource dataSource) {
        this.tracer = tracer;
        this.jdbc = jdbc;
        this.jdbcTransactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    record Handling(boolean virtualThread, String traceId) {
    }

    /** How this request is handled: on which kind of thread, in which trace (and it logs one line). */
    @GetMapping("/probe/handling")
    Handling handling() {
        log.info("probe handling request");
        var span = tracer.currentSpan();
        return new Handling(Thread.currentThread().isVirtual(), span == null ? null : span.context().traceId());
    }

    record Greeting(@NotBlank String name, @Min(1) int times) {
    }

    @PostMapping("/probe/greetings")
    Greeting greet(@Valid @RequestBody Greeting greeting) {
        return greeting;
    }

    @GetMapping("/probe/numbers/{value}")
    long number(@PathVariable long value) {
        return value;
    }

    @GetMapping("/probe/me")
    CurrentUser me(CurrentUser caller) {
        return caller;
    }

    @GetMapping("/probe/who")
    String who(Optional<CurrentUser> caller) {
        return caller.map(CurrentUser::id).orElse("anonymous");
    }

    @AdminOnly
    @GetMapping("/probe/admin")
    String adminOnly() {
        return "admin area";
    }

    /** Hands the text to PostgreSQL, which refuses some text (a NUL character) whatever the column. */
    @PostMapping("/probe/stored")
    String stored(@RequestBody Greeting greeting) {
        return jdbc.sql("select cast(:text as text)").param("text", greeting.name()).query(String.class).single();
    }

    @GetMapping("/probe/broken-query")
    String brokenQuery() {
        return jdbc.sql("select nothing from no_such_table").query(String.class).single();
    }

    /**
     * The server ends this session as a shutdown or restart does (SQLSTATE 57P01), mid-transaction.
     * The transaction is JPA's, as in the services: the pool closes the dead connection, so
     * Hibernate's rollback fails too and that failure is what reaches the advice.
     */
    @PostMapping("/probe/terminated")
    @org.springframework.transaction.annotation.Transactional
    String terminated() {
        return terminateOwnSession();
    }

    /** The same, in a plain JDBC transaction: the rollback's failure carries the first one. */
    @PostMapping("/probe/terminated-jdbc")
    String terminatedJdbc() {
        return jdbcTransactions.execute(status -> terminateOwnSession());
    }

    private String terminateOwnSession() {
        jdbc.sql("select cast(:text as text)").param("text", "before").query(String.class).single();
        return jdbc.sql("select cast(pg_terminate_backend(pg_backend_pid()) as text)").query(String.class).single();
    }

    /** A database nobody listens for: connection refused (SQLSTATE 08001). */
    @GetMapping("/probe/unreachable")
    String unreachable() {
        var nowhere = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "none", "none");
        return org.springframework.jdbc.core.simple.JdbcClient.create(nowhere).sql("select 1").query(String.class).single();
    }

    @PostMapping("/probe/stale")
    String stale() {
        throw new org.springframework.dao.OptimisticLockingFailureException("row changed meanwhile");
    }

    @GetMapping("/probe/failure")
    String failure() {
        throw new IllegalStateException("secret internal detail");
    }
}
