/** Orders and the checkout saga that orchestrates stock and payment. */
package com.ecommerce.order;
