/** Wiring and typed settings ({@code ecommerce.payments.*}). */
package com.ecommerce.payment.config;
