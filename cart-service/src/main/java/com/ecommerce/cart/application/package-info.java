/** The cart's use cases (the transaction boundary) and the upkeep of the local catalog copy. */
package com.ecommerce.cart.application;
