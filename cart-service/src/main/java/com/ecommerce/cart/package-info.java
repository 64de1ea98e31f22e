/** One shopping cart per customer. */
package com.ecommerce.cart;
