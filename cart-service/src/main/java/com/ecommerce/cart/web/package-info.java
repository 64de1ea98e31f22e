/** The cart's HTTP API (owner only), its request/response records and problem details. */
package com.ecommerce.cart.web;
