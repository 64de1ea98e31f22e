/** Kafka listeners for saga commands and order events, and the Protobuf replies sent through the outbox. */
package com.ecommerce.payment.messaging;
