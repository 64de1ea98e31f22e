/**
 * The Kafka message contract between services: generated Protobuf types, topic and header names,
 * and a registry that maps a message-type header back to its parser.
 */
package com.ecommerce.events;
