/**
 * Kafka serde that writes a message's Protobuf type into a header and reads it back to pick the parser.
 */
package com.ecommerce.events.kafka;
