/** Wiring and typed settings ({@code ecommerce.cart.*}). */
package com.ecommerce.cart.config;
