/** Time-sorted 64-bit ids (TSIDs), exposed to clients as 13-character strings. */
package com.ecommerce.defaults.id;
