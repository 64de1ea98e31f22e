/** Wiring and typed settings ({@code ecommerce.order.*}). */
package com.ecommerce.order.config;
