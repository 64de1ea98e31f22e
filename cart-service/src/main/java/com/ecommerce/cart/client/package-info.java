/** Calls to other services: the batch read of product-service, for products the cart does not know yet. */
package com.ecommerce.cart.client;
