/** Stock per product and the reservations the checkout saga drives. */
package com.ecommerce.inventory;
