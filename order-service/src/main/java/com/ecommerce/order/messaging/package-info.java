/** Kafka listeners for the saga's replies and the Protobuf events and commands sent through the outbox. */
package com.ecommerce.order.messaging;
