/** The order aggregate, its lines and money, and the state of its checkout saga; no Spring web or Kafka here. */
package com.ecommerce.order.domain;
