/** The cart, its items and the rules that bound them, plus the local copy of the catalog it shows. */
package com.ecommerce.cart.domain;
