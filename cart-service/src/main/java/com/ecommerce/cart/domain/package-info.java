/**
 * The cart, its items and the rules that bound them, the local copy of the catalog it shows, and
 * the orders placed from carts that take their items out once confirmed.
 */
package com.ecommerce.cart.domain;
