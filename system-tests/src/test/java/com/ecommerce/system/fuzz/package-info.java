/**
 * Hostile input: requests generated from every service's OpenAPI document, sent through the
 * gateway as anonymous clients, customers and admins, and the rules every answer must keep
 * (no 5xx, every 4xx a problem+json, nobody's data changed by another customer).
 */
package com.ecommerce.system.fuzz;
