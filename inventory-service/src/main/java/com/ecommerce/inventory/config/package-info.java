/** Wiring and typed settings ({@code ecommerce.inventory.*}). */
package com.ecommerce.inventory.config;
