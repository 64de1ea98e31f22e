/** Typed configuration of the edge: body size and rate-limit policies. */
package com.ecommerce.gateway.config;
