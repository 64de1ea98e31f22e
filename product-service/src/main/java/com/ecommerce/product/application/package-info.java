/** Catalog use cases: browsing (cached reads), product and category management; the transaction boundary. */
package com.ecommerce.product.application;
