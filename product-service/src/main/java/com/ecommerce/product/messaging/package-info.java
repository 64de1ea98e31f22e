/** Kafka side of the catalog: domain events mapped to the Protobuf contract and recorded in the outbox. */
package com.ecommerce.product.messaging;
