/**
 * Checkout through the gateway with every service running: the saga's outcomes (confirmed,
 * declined, out of stock, cancelled after confirmation) and what they leave in stock and payments.
 */
package com.ecommerce.system.checkout;
