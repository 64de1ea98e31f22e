/** Kafka listeners: catalog events keep the product copy current, confirmed orders clear carts. */
package com.ecommerce.cart.messaging;
