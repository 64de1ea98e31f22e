/** Kafka listeners for saga commands and catalog events, and the Protobuf replies sent through the outbox. */
package com.ecommerce.inventory.messaging;
