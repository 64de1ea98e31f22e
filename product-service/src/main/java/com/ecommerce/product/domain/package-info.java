/** The catalog's model: categories as a tree, products with their prices, images and status rules. */
package com.ecommerce.product.domain;
