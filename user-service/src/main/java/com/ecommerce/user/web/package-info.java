/** HTTP: auth and user endpoints, the JWKS, the Google login handler, problem details for domain errors. */
package com.ecommerce.user.web;
