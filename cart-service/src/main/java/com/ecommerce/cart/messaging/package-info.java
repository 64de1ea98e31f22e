/**
 * Kafka listeners: catalog events keep the product copy current; an order placed from a cart
 * takes its items out of it once confirmed.
 */
package com.ecommerce.cart.messaging;
