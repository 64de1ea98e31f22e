/**
 * The payment aggregate with its guarded transitions and append-only ledger, exact money, and the
 * provider port; no Spring web, Kafka or Protobuf here.
 */
package com.ecommerce.payment.domain;
