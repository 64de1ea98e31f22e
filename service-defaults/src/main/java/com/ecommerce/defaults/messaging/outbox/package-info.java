/**
 * The transactional outbox: {@link com.ecommerce.defaults.messaging.outbox.Outbox#record} inside
 * the business transaction, {@code OutboxRelay} publishing after commit and sweeping leftovers.
 */
package com.ecommerce.defaults.messaging.outbox;
