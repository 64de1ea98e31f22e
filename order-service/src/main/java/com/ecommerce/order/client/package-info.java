/** HTTP clients of neighbouring services that checkout reads synchronously (catalog prices, the cart). */
package com.ecommerce.order.client;
