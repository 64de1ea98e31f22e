/**
 * Who may pass the edge: token validation against user-service's JWKS, the public and admin-only
 * routes, the verified identity forwarded to services, and the per-address limits that make
 * unverified callers pay before any token is checked.
 */
package com.ecommerce.gateway.security;
