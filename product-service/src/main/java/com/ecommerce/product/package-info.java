/** Catalog: categories, products, images and search. */
package com.ecommerce.product;
