/**
 * Reliable messaging shared by every service: the transactional outbox (publish after commit,
 * swept after a crash), the inbox (apply each event once), and Kafka error handling that retries
 * transient failures and parks poison messages on {@code <topic>.dlt}.
 */
package com.ecommerce.defaults.messaging;
