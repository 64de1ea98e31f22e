/**
 * Every service validates the access token itself (defence in depth: a request that skips the
 * gateway is still rejected) and sees its caller as a typed {@link com.ecommerce.defaults.security.CurrentUser}.
 */
package com.ecommerce.defaults.security;
