/**
 * Who may pass the edge: token validation against user-service's JWKS, the public and admin-only
 * routes, and the verified identity forwarded to services.
 */
package com.ecommerce.gateway.security;
