package com.ecommerce.defaults.messaging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates and evolves the outbox and inbox tables with their own Flyway history table, so the
 * library's migrations never interleave with a service's version numbers.
 */
final class MessagingSchema {

    static final String HISTORY_TABLE = "flyway_messaging_history";

    private MessagingSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/defaults")
                .table(HISTORY_TABLE)
                // The service's own migrations usually ran first, so the schema is not empty.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
