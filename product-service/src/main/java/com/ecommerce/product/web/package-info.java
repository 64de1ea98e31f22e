/** HTTP API of the catalog: controllers, request/response records and the problem-details advice. */
package com.ecommerce.product.web;
