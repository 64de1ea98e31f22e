/** Accounts, passwords, Google login, tokens and the JWKS. */
package com.ecommerce.user;
