/** Use cases of the inventory: the transaction boundaries for saga commands, expiry, catalog and admin changes. */
package com.ecommerce.inventory.application;
