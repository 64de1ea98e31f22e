/** Filters and error handling applied to every request that passes the gateway. */
package com.ecommerce.gateway.web;
