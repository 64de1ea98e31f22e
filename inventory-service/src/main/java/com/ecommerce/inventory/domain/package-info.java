/** Stock per product, reservations per order and the rules that keep stock from going negative. */
package com.ecommerce.inventory.domain;
