/** The platform's single entry point: routes by service name, CORS, request ids, edge errors. */
package com.ecommerce.gateway;
